from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlmodel import Field, SQLModel


class MemberBase(SQLModel):
    first_name: str = Field(max_length=60)
    surname: str = Field(max_length=60, index=True)
    collecting_interests: str = Field(default="", max_length=500)


class Member(MemberBase, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    membership_number: str = Field(max_length=8, unique=True)
    title: Optional[str] = Field(default=None, max_length=12)
    email: Optional[str] = Field(default=None, max_length=254)
    phone: Optional[str] = Field(default=None, max_length=24)
    address_line1: str = Field(max_length=120)
    address_line2: Optional[str] = Field(default=None, max_length=120)
    town: str = Field(max_length=60)
    county: Optional[str] = Field(default=None, max_length=60)
    postcode: str = Field(max_length=10)
    country: str = Field(default="United Kingdom", max_length=60)
    journal_by_post: bool = True
    subscription_paid_until: Optional[date] = None
    balance_due: Decimal = Field(default=Decimal("0.00"), max_digits=8, decimal_places=2)
    hashed_password: Optional[str] = None
    last_login: Optional[datetime] = None
    created_at: datetime = Field(default_factory=datetime.utcnow)


class PacketBooklet(SQLModel, table=True):
    """A booklet of stamps a member puts into the exchange packet for others to buy from."""

    id: Optional[int] = Field(default=None, primary_key=True)
    owner_id: int = Field(foreign_key="member.id")
    booklet_number: str = Field(max_length=10)
    country_theme: str = Field(max_length=80)
    total_value: Decimal = Field(max_digits=8, decimal_places=2)
    circulation_id: Optional[int] = Field(default=None, foreign_key="circulation.id")


class Circulation(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    packet_label: str = Field(max_length=20)
    started_on: date
    closed: bool = False


class CirculationStop(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    circulation_id: int = Field(foreign_key="circulation.id")
    member_id: int = Field(foreign_key="member.id")
    position: int
    received_on: Optional[date] = None
    sent_on: Optional[date] = None
    purchases_total: Decimal = Field(default=Decimal("0.00"), max_digits=8, decimal_places=2)


class LibraryLoan(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id")
    book_id: int = Field(foreign_key="librarybook.id")
    borrowed_on: date
    due_back: date
    returned: bool = False


class ExpertCertificate(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id")
    stamp_description: str
    catalogue_number: Optional[str] = Field(default=None, max_length=20)
    opinion: Optional[str] = None
    fee: Decimal = Field(max_digits=6, decimal_places=2)
    expert_name: Optional[str] = Field(default=None, max_length=120)
