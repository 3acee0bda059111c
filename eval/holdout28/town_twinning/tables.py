from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlmodel import Field, SQLModel


class Association(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    town: str
    twin_town: str
    twin_country: str
    founded_year: int
    charity_number: Optional[str] = None
    contact_email: str
    website: Optional[str] = None


class Member(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    association_id: int = Field(foreign_key="association.id")
    first_name: str
    last_name: str
    email: str = Field(index=True)
    phone: Optional[str] = None
    street: str
    town: str
    postcode: str
    languages: Optional[str] = None
    committee_role: Optional[str] = None
    paid_until: Optional[date] = None
    can_host: bool = False
    spare_beds: int = 0
    has_pets: bool = False
    joined_at: datetime = Field(default_factory=datetime.utcnow)


class Exchange(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    year: int
    direction: str = Field(max_length=8)
    departs_on: date
    returns_on: date
    coach_company: Optional[str] = None
    cost_per_head: Decimal = Decimal("0")
    group_leader_id: Optional[int] = Field(default=None, foreign_key="member.id")


class Participant(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    exchange_id: int = Field(foreign_key="exchange.id")
    member_id: Optional[int] = Field(default=None, foreign_key="member.id")
    full_name: str
    date_of_birth: date
    nationality: str
    passport_number: Optional[str] = None
    passport_expiry: Optional[date] = None
    ghic_number: Optional[str] = None
    dietary_requirements: Optional[str] = None
    emergency_contact_name: str
    emergency_contact_phone: str


class HostPairing(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    exchange_id: int = Field(foreign_key="exchange.id")
    host_member_id: int = Field(foreign_key="member.id")
    guest_participant_id: int = Field(foreign_key="participant.id")
    notes: Optional[str] = None
