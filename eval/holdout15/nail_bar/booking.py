from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass
class BookingRequest:
    client_name: str
    client_mobile: str
    branch_id: int
    service: str
    preferred_time: datetime
    technician_id: int | None = None
    first_visit: bool = False
    notes: str = ""


@dataclass
class Slot:
    technician_id: int
    starts_at: datetime
    duration_minutes: int = 45


@dataclass
class DailyTakings:
    branch_id: int
    day: date
    card_total: Decimal = Decimal("0")
    cash_total: Decimal = Decimal("0")
    tips_total: Decimal = Decimal("0")
    services: dict[str, int] = field(default_factory=dict)
