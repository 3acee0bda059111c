from dataclasses import dataclass
from datetime import time
from decimal import Decimal
from typing import ClassVar


@dataclass
class Availability:
    driver_id: int
    weekday: int
    from_time: time
    to_time: time
    max_miles: int = 30


@dataclass(frozen=True)
class MatchCandidate:
    driver_id: int
    driver_name: str
    distance_km: float
    home_lat: float
    home_lng: float
    seats_free: int


@dataclass
class ExpenseClaim:
    EXPORT_COLUMNS: ClassVar[tuple[str, ...]] = ("driver_id", "month", "amount_due")

    driver_id: int
    month: str
    miles: Decimal
    parking: Decimal
    amount_due: Decimal
    bank_sort_code: str
    bank_account_number: str
    submitted: bool = False
