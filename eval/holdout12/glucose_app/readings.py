from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Optional, TypedDict


class Trend(enum.IntEnum):
    FALLING_FAST = -2
    FALLING = -1
    STEADY = 0
    RISING = 1
    RISING_FAST = 2


@dataclass
class UserProfile:
    user_id: str
    display_name: str
    email: str
    birth_year: Optional[int] = None
    diabetes_type: str = "type1"
    diagnosed_year: Optional[int] = None
    insulin_regimen: str = "mdi"
    target_low: float = 3.9
    target_high: float = 10.0
    units: str = "mmol/L"
    clinic_share_code: Optional[str] = None
    timezone: str = "Europe/London"
    locale: str = "en-GB"


@dataclass(frozen=True)
class Reading:
    taken_at: datetime
    mmol: float
    trend: Trend = Trend.STEADY
    source: str = "sensor"
    sensor_serial: Optional[str] = None


@dataclass
class DoseLog:
    at: datetime
    insulin: str
    units: float
    carbs_g: Optional[int] = None
    meal: Optional[str] = None
    note: str = ""


@dataclass
class DailySummary:
    day: date
    mean_mmol: float
    time_in_range_pct: float
    hypos: int = 0
    steps: Optional[int] = None
    readings: list[Reading] = field(default_factory=list)


class HypoAlert(TypedDict):
    user_id: str
    mmol: float
    detected_at: datetime
    last_known_lat: Optional[float]
    last_known_lon: Optional[float]
    follower_phones: list[str]


class QuietHours(TypedDict, total=False):
    start: time
    end: time
    suppress_high_alerts: bool
