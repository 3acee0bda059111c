"""Plain value objects handed to the statement and hotlist jobs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class JourneyHistoryRow:
    travel_date: dt.date
    from_stop: str
    to_stop: str | None
    fare: Decimal
    capped: bool = False


@dataclass
class HotlistEntry:
    serial_number: str
    reason: str
    reported_by_email: str | None
    reported_at: dt.datetime = field(default_factory=dt.datetime.utcnow)


@dataclass(frozen=True)
class FareCapRule:
    product_code: str
    zones: tuple[int, ...]
    daily_cap: Decimal
    weekly_cap: Decimal | None = None
