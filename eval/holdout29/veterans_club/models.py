from datetime import date, datetime
from decimal import Decimal

from sqlmodel import Field, SQLModel


class Member(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    first_name: str = Field(max_length=60)
    last_name: str = Field(max_length=60, index=True)
    service_branch: str | None = Field(default=None, max_length=20)
    service_number: str | None = Field(default=None, max_length=12)
    rank_on_discharge: str | None = None
    regiment: str | None = None
    years_served: int | None = None
    phone: str | None = None
    email: str | None = None
    next_of_kin_phone: str | None = None
    needs_lift: bool = False
    dietary_requirements: str | None = None
    war_pension: bool = False
    joined_on: date = Field(default_factory=date.today)


class Venue(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    address: str
    postcode: str
    contact_phone: str | None = None
    accessible: bool = True


class Breakfast(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    held_on: date
    venue_id: int = Field(foreign_key="venue.id")
    speaker: str | None = None
    cost_per_head: Decimal = Field(default=Decimal("6.50"), max_digits=5, decimal_places=2)


class Volunteer(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    phone: str
    role: str = "driver"
    driver_licence_checked: bool = False


class WelfareReferral(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id")
    reason: str
    mental_health_concern: bool = False
    referred_to: str
    referred_by: str
    created_at: datetime = Field(default_factory=datetime.utcnow)
