from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple, Optional

from .drivers import DutyType


class DutyEntry(NamedTuple):
    driver_id: int
    duty: DutyType
    start: datetime
    end: datetime
    vehicle_reg: Optional[str] = None
    odometer_start: Optional[int] = None
    odometer_end: Optional[int] = None


@dataclass
class DailyHours:
    driver_id: int
    day: date
    driving_minutes: int = 0
    duty_minutes: int = 0
    break_minutes: int = 0
    rest_minutes_before: int = 0
    breaches: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class HoursLimits:
    max_daily_driving_minutes: int = 600
    max_continuous_driving_minutes: int = 330
    min_break_minutes: int = 45
    min_daily_rest_minutes: int = 660


class TripLog(NamedTuple):
    trip_id: int
    vehicle_reg: str
    driver_id: int
    passenger_ids: tuple[int, ...]
    stops: tuple[str, ...]
    distance_miles: float
    fares_taken: float = 0.0
