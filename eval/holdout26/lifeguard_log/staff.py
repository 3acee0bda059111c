from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple


@dataclass
class Lifeguard:
    staff_number: str
    name: str
    mobile: str
    nvbli_expiry: dt.date
    first_aid_level: str
    hourly_rate: Decimal
    contracted_hours: int
    home_beach: str


class RadioLogEntry(NamedTuple):
    logged_at: dt.datetime
    callsign: str
    message: str


class TideReading(NamedTuple):
    beach: str
    at: dt.datetime
    height_m: float
    rising: bool


@dataclass
class DailySummary:
    beach: str
    day: dt.date
    lifeguards_on_duty: int
    rescues: int = 0
    first_aid_cases: int = 0
    preventative_actions: int = 0
    visitors_estimate: int = 0
    water_temp_c: float | None = None
