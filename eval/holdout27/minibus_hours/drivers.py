from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Optional


class LicenceCategory(Enum):
    B = "B"
    D1 = "D1"
    D1_101 = "D1 (101)"


class DutyType(Enum):
    DRIVING = "driving"
    OTHER_WORK = "other_work"
    BREAK = "break"
    REST = "rest"


@dataclass
class Driver:
    driver_id: int
    name: str
    phone: str
    address: str
    date_of_birth: date
    licence_number: str
    licence_categories: list[LicenceCategory] = field(default_factory=list)
    licence_expiry: Optional[date] = None
    midas_certificate_expiry: Optional[date] = None
    eyesight_check_passed: bool = False
    emergency_contact_phone: str = ""
    volunteer: bool = True
    hourly_rate: Optional[Decimal] = None


@dataclass
class Vehicle:
    registration: str
    seats: int
    wheelchair_spaces: int = 0
    tail_lift: bool = False
    mot_due: Optional[date] = None
    tracker_imei: Optional[str] = None
