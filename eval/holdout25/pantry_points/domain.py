"""Community pantry: member households shop with a weekly points allowance."""
from __future__ import annotations

import datetime as dt
from enum import Enum

import attrs
from attrs import define, field


class HouseholdSize(Enum):
    SINGLE = "single"
    COUPLE = "couple"
    SMALL_FAMILY = "small_family"
    LARGE_FAMILY = "large_family"


class CardState(str, Enum):
    ACTIVE = "active"
    PAUSED = "paused"
    LOST = "lost"
    CLOSED = "closed"


@define
class Household:
    id: int
    lead_member_name: str
    address: str
    postcode: str
    phone: str | None = None
    size: HouseholdSize = HouseholdSize.SINGLE
    adults: int = 1
    children: int = 0
    referral_agency: str | None = None
    referral_notes: str = ""
    allergies: list[str] = field(factory=list)
    halal_only: bool = False
    registered_on: dt.date = field(factory=dt.date.today)


@define
class PointsCard:
    card_number: str = field(validator=attrs.validators.matches_re(r"^CP\d{8}$"))
    household_id: int = field()
    state: CardState = CardState.ACTIVE
    points_balance: int = 0
    weekly_allowance: int = 30
    pin: str | None = field(default=None, repr=False)
    issued_on: dt.date = field(factory=dt.date.today)


@define(frozen=True)
class Visit:
    household_id: int
    visited_at: dt.datetime
    points_spent: int
    basket: tuple[str, ...] = ()
    volunteer_initials: str = ""
    collected_by_proxy: bool = False


@define
class Item:
    sku: str
    name: str
    category: str
    points_cost: int
    stock_level: int = 0
    usage: int = field(default=0, metadata={"help": "units taken last 7 days"})
    chilled: bool = False
    best_before: dt.date | None = None
