from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Optional, TypedDict


@dataclass
class Organ:
    church: str
    builder: str
    year_built: int
    manuals: int
    speaking_stops: int
    tuning_firm: str
    last_tuned: Optional[date] = None


@dataclass
class Performer:
    performer_id: int
    name: str
    email: str
    phone: Optional[str]
    diplomas: str
    biography: str
    headshot_url: Optional[str] = None
    home_town: Optional[str] = None
    fee: Decimal = Decimal("0")
    payee_sort_code: Optional[str] = None
    payee_account_number: Optional[str] = None
    dietary_requirements: Optional[str] = None


@dataclass
class Recital:
    recital_id: int
    starts_at: datetime
    title: str
    performer_id: int
    page_turner: Optional[str] = None
    programme: list[str] = field(default_factory=list)
    ticket_price: Decimal = Decimal("8.00")
    retiring_collection: bool = False
    livestream_url: Optional[str] = None


@dataclass
class Attendance:
    recital_id: int
    tickets_sold: int
    comps: int
    collection_total: Decimal
    head_count: int


ListingRow = TypedDict(
    "ListingRow",
    {"date": str, "time": str, "performer": str, "programme": str, "price": str},
)


class DonationLine(TypedDict):
    recital_id: int
    donor_name: Optional[str]
    amount: Decimal
    method: str
