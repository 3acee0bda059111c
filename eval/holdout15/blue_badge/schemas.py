from datetime import date, datetime
from enum import Enum
from uuid import UUID

from pydantic import BaseModel, ConfigDict, EmailStr, Field, HttpUrl


class EligibilityRoute(str, Enum):
    PIP_MOBILITY = "pip_mobility"
    WAR_PENSION = "war_pension"
    REGISTERED_BLIND = "registered_blind"
    NON_VISIBLE = "non_visible"
    CHILD_UNDER_THREE = "child_under_three"


class BadgeStatus(Enum):
    ISSUED = "issued"
    LOST = "lost"
    STOLEN = "stolen"
    RETURNED = "returned"
    CANCELLED = "cancelled"


class Address(BaseModel):
    line1: str
    line2: str | None = None
    town: str
    postcode: str = Field(pattern=r"^[A-Z0-9 ]{5,8}$")


class Applicant(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    full_name: str = Field(min_length=1, max_length=120)
    date_of_birth: date
    national_insurance_number: str | None = Field(default=None, pattern=r"^[A-Z]{2}\d{6}[A-D]$")
    gender: str | None = None
    address: Address
    email: EmailStr | None = None
    phone: str | None = None
    photo_url: HttpUrl


class Application(BaseModel):
    applicant: Applicant
    route: EligibilityRoute
    conditions: list[str] = Field(default_factory=list)
    walking_distance_metres: int | None = Field(default=None, ge=0)
    uses_walking_aid: bool = False
    consultant_name: str | None = None
    applying_on_behalf: bool = False
    declaration_accepted: bool


class Decision(BaseModel):
    application_id: UUID
    approved: bool
    badge_number: str | None = None
    valid_from: date | None = None
    expires_on: date | None = None
    refusal_reason: str | None = None
    assessor_id: int


class BadgeCheck(BaseModel):
    badge_number: str
    badge_status: BadgeStatus
    checked_at: datetime
    officer_id: int
    street_name: str
    lat: float
    lng: float
    misuse_suspected: bool = False
