from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass
class RegistrationAppointment:
    booking_ref: str
    office: str
    slot_start: datetime
    parent_name: str
    parent_email: str
    parent_phone: str
    baby_due_or_born: date
    babies: int = 1
    parents_attending_together: bool = True
    interpreter_language: str | None = None
    cancelled: bool = False


@dataclass
class CertificateOrder:
    order_ref: str
    entry_district: str
    entry_number: int
    applicant_name: str
    applicant_email: str
    delivery_address: list[str] = field(default_factory=list)
    copies: int = 1
    priority: bool = False
    fee: Decimal = Decimal("12.50")
    payment_reference: str = ""
