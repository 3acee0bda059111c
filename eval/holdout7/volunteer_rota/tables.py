from datetime import date, datetime
from typing import Optional

from sqlmodel import Field, Relationship, SQLModel


class Site(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    address: str
    postcode: str
    lat: float
    lng: float
    key_safe_code: Optional[str] = None
    coordinator_email: str


class Role(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    title: str
    needs_dbs: bool = False
    min_age: int = 16
    description: str = ""


class Volunteer(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    full_name: str
    email: str = Field(index=True, unique=True)
    mobile: Optional[str] = None
    date_of_birth: Optional[date] = None
    postcode: str
    emergency_contact_name: Optional[str] = None
    emergency_contact_phone: Optional[str] = None
    access_needs: Optional[str] = None
    referred_by_probation: bool = False
    hours_this_year: float = 0
    last_shift_on: Optional[date] = None
    status: str = "active"
    created_at: datetime = Field(default_factory=datetime.utcnow)

    signups: list["Signup"] = Relationship(back_populates="volunteer")


class Shift(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    site_id: int = Field(foreign_key="site.id")
    role_id: int = Field(foreign_key="role.id")
    starts_at: datetime
    ends_at: datetime
    slots: int = 4
    lead_volunteer_id: Optional[int] = Field(default=None, foreign_key="volunteer.id")


class Signup(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    shift_id: int = Field(foreign_key="shift.id")
    volunteer_id: int = Field(foreign_key="volunteer.id")
    checked_in_at: Optional[datetime] = None
    no_show: bool = False

    volunteer: Optional[Volunteer] = Relationship(back_populates="signups")


class DbsCheck(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    volunteer_id: int = Field(foreign_key="volunteer.id", unique=True)
    certificate_number: str
    issued_on: date
    update_service: bool = False
    disclosure_outcome: str  # clear / information_disclosed
    checked_by: str
