"""Plain objects used to print round sheets for the volunteer drivers."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class RouteStop:
    reader_name: str
    address: str
    latitude: float
    longitude: float
    key_safe_code: str | None
    access_notes: str | None
    items_to_deliver: list[str] = field(default_factory=list)
    items_to_collect: list[str] = field(default_factory=list)
    eta: dt.time | None = None


@dataclass
class RouteSheet:
    volunteer_name: str
    volunteer_mobile: str
    round_date: dt.date
    stops: list[RouteStop] = field(default_factory=list)
    depot: str = "Central Library, Market Street"


@dataclass
class SelectionRequest:
    """Taken over the phone when a reader asks for something specific."""

    library_card: str
    requested_titles: list[str]
    free_text: str = ""
    taken_by: str = ""


@dataclass(frozen=True)
class ServiceSettings:
    max_items_per_visit: int = 12
    round_days: tuple[str, ...] = ("Tue", "Thu")
    sms_gateway_key: str = ""
    overdue_grace_days: int = 28
