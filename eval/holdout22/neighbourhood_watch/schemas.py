from datetime import datetime
from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class AlertCategory(str, Enum):
    BURGLARY = "burglary"
    VEHICLE_CRIME = "vehicle_crime"
    SCAM = "scam"
    SUSPICIOUS_PERSON = "suspicious_person"
    ANTISOCIAL = "antisocial"
    LOST_PET = "lost_pet"


class Role(str, Enum):
    MEMBER = "member"
    STREET_COORDINATOR = "street_coordinator"
    SCHEME_ADMIN = "scheme_admin"


class Scheme(BaseModel):
    scheme_id: int
    name: str
    area_description: str
    streets_covered: list[str]
    police_ward: str
    pcso_contact_email: EmailStr
    households: int


class MemberSignup(BaseModel):
    model_config = ConfigDict(extra="forbid")

    first_name: str = Field(min_length=1, max_length=60)
    last_name: str = Field(min_length=1, max_length=60)
    house_number: str = Field(max_length=20)
    street: str
    postcode: str = Field(pattern=r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$")
    email: EmailStr
    phone: Optional[str] = None
    lives_alone: bool = False
    willing_to_check_on_neighbours: bool = False
    key_holder_for: Optional[str] = Field(default=None, description="Neighbours whose spare keys you hold")
    alert_categories: list[AlertCategory] = Field(default_factory=list)


class MemberOut(BaseModel):
    member_id: int
    display_name: str
    street: str
    role: Role
    verified_resident: bool
    last_active: Optional[datetime] = None


class IncidentReport(BaseModel):
    category: AlertCategory
    occurred_at: datetime
    location_text: str = Field(max_length=300)
    lat: Optional[float] = None
    lng: Optional[float] = None
    description: str = Field(max_length=4000)
    suspect_description: Optional[str] = Field(default=None, max_length=1000)
    vehicle_registration: Optional[str] = None
    crime_reference: Optional[str] = None
    reported_by: int
    share_with_police: bool = True


class AlertBroadcast(BaseModel):
    alert_id: int
    scheme_id: int
    category: AlertCategory
    headline: str = Field(max_length=140)
    body: str
    approved_by: int
    sent_at: datetime
    recipients: int
