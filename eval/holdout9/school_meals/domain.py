from __future__ import annotations

from datetime import date, datetime

from attrs import define, field, frozen


@define
class ParentAccount:
    account_id: str
    parent_name: str
    email: str
    mobile: str | None = None
    balance_pence: int = 0
    low_balance_alert_pence: int = 500
    auto_top_up: bool = False
    children: list[str] = field(factory=list)  # pupil UPNs


@define
class Pupil:
    upn: str
    first_name: str
    last_name: str
    year_group: str
    form: str
    free_school_meals: bool = False
    allergens: frozenset[str] = field(factory=frozenset)
    photo_url: str | None = None
    till_pin: str | None = None
    daily_spend_limit_pence: int = 400


@frozen
class MenuItem:
    code: str
    name: str
    price_pence: int
    allergens: frozenset[str] = frozenset()
    vegetarian: bool = False
    kcal: int | None = None


@define
class LedgerEntry:
    entry_id: str
    parent_account_id: str
    pupil_upn: str | None
    amount_pence: int
    kind: str  # top_up / meal / refund / adjustment
    posted_at: datetime
    till_id: str | None = None


@define
class MenuWeek:
    week_commencing: date
    cycle_week: int
    items_by_day: dict[str, list[str]] = field(factory=dict)
