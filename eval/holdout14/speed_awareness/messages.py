from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass
class OfferLetter:
    reference: str
    recipient_name: str
    address_lines: list[str]
    offence_date: date
    offer_expires: date
    fee: Decimal = Decimal("99.00")


@dataclass
class CompletionNotice:
    licence_number: str
    client_surname: str
    police_force: str
    course_date: date
    outcome: str = "completed"


@dataclass
class OnlineSessionJoin:
    client_id: int
    ip_address: str
    user_agent: str
    webcam_on: bool = True
    joined_at: datetime = field(default_factory=datetime.utcnow)
