from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal


@dataclass
class DispatchOffer:
    callout_id: int
    engineer_id: int
    eta_minutes: int
    distance_km: float
    expires_at: datetime


@dataclass
class CustomerUpdate:
    to_number: str
    engineer_first_name: str
    eta_minutes: int
    sent_at: datetime | None = None


@dataclass(slots=True)
class JobSheet:
    callout_id: int
    customer_name: str
    address_lines: list[str]
    work_done: str = ""
    parts: list[str] = field(default_factory=list)
    labour_minutes: int = 0
    total: Decimal = Decimal("0.00")
    customer_signature: bytes | None = None


def sms_text(update: CustomerUpdate) -> str:
    return f"{update.engineer_first_name} is on the way and should be with you in about {update.eta_minutes} minutes."
