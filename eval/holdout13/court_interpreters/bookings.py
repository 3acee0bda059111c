from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum, IntEnum
from typing import NamedTuple, Optional


class HearingType(Enum):
    CRIMINAL = "criminal"
    FAMILY = "family"
    TRIBUNAL = "tribunal"
    CIVIL = "civil"


class ClearanceLevel(IntEnum):
    NONE = 0
    BASIC = 1
    ENHANCED = 2


@dataclass
class Interpreter:
    interpreter_id: int
    full_name: str
    nrpsi_number: str
    languages: list[str]
    home_postcode: str
    mobile: str
    utr: str
    bank_sort_code: str
    bank_account_number: str
    max_travel_miles: int = 50
    security_clearance: ClearanceLevel = ClearanceLevel.BASIC
    hourly_rate: Decimal = Decimal("36.00")


@dataclass
class Booking:
    booking_ref: str
    court_code: str
    hearing_type: HearingType
    hearing_date: date
    language: str
    party_name: str
    party_date_of_birth: Optional[date]
    party_role: str
    requested_by_email: str
    interpreter_id: Optional[int] = None
    cancelled_at: Optional[datetime] = None
    notes: list[str] = field(default_factory=list)


class TimesheetLine(NamedTuple):
    booking_ref: str
    interpreter_id: int
    arrived: time
    finished: time
    mileage: float
    parking_cost: Decimal
    fee_claimed: Decimal
