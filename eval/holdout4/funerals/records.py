"""Case records of a family funeral director, kept as plain dataclasses.

The arrangement form fills these in the order the family is asked, so the field order
follows the paper form rather than the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import ClassVar, Literal


@dataclass
class Deceased:
    case_ref: str
    forenames: str
    surname: str
    date_of_birth: date
    cause_of_death: str = ""
    last_address: str = ""
    religion: str | None = None
    weight_kg: float | None = None
    has_pacemaker: bool = False
    gp_name: str = ""


@dataclass
class NextOfKin:
    case_ref: str
    name: str
    phone: str
    email: str = ""
    address: str = ""
    is_applicant: bool = True


@dataclass(frozen=True)
class Venue:
    name: str
    kind: Literal["church", "crematorium", "cemetery", "chapel_of_rest"]
    address: str
    postcode: str
    contact_phone: str
    booking_email: str = ""
    chapel_capacity: int = 0


@dataclass
class ServiceOrder:
    case_ref: str
    venue: Venue
    service_at: datetime
    officiant: str = ""
    hymns: list[str] = field(default_factory=list)
    coffin_model: str = "Oak veneer"
    eulogy_text: str = ""
    flowers_instructions: str = ""
    estimate_total: Decimal = Decimal("0")


@dataclass(frozen=True)
class Hearse:
    registration: str
    make: str
    seats: int = 4
    driver_name: str | None = None


@dataclass
class Invoice:
    MAX_INSTALMENTS: ClassVar[int] = 6

    number: str
    case_ref: str
    payer_name: str
    payer_sort_code: str = ""
    payer_account_number: str = ""
    amount_due: Decimal = Decimal("0")
    disbursements: Decimal = Decimal("0")
