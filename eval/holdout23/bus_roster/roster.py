from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from typing import NamedTuple


@dataclass
class Driver:
    staff_number: str
    name: str
    depot: str
    grade: str
    licence_number: str
    licence_expiry: date
    cpc_hours: int
    contracted_hours: float
    hourly_rate: Decimal
    can_drive_double_deck: bool = True
    medical_due: date | None = None
    restrictions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Duty:
    duty_number: str
    route: str
    sign_on: time
    sign_off: time
    spread_minutes: int
    depot: str


class Shift(NamedTuple):
    date: date
    duty_number: str
    staff_number: str
    overtime: bool = False


class LeaveRequest(NamedTuple):
    staff_number: str
    start: date
    end: date
    kind: str
    note: str = ""
