from datetime import date, datetime
from enum import Enum

from pydantic import BaseModel, EmailStr, Field


class FeedingMethod(str, Enum):
    EXCLUSIVE_BREAST = "exclusive_breast"
    MIXED = "mixed"
    EXPRESSED = "expressed"
    FORMULA = "formula"


class ContactChannel(str, Enum):
    PHONE = "phone"
    HOME_VISIT = "home_visit"
    GROUP = "group"
    VIDEO = "video"
    WHATSAPP = "whatsapp"


class SupportRequest(BaseModel):
    parent_name: str = Field(max_length=120)
    phone: str = Field(pattern=r"^[0-9 +]{10,16}$")
    email: EmailStr | None = None
    postcode: str = Field(max_length=10)
    baby_date_of_birth: date
    weeks_at_birth: int | None = Field(None, ge=22, le=44)
    caesarean: bool | None = None
    feeding_method: FeedingMethod
    concerns: str = Field(max_length=2000)
    preferred_language: str = "en"
    interpreter_needed: bool = False
    health_visitor_name: str | None = None
    consent_to_contact: bool


class SupporterProfile(BaseModel):
    supporter_id: int
    display_name: str
    languages: list[str] = Field(default_factory=lambda: ["en"])
    areas_covered: list[str] = Field(default_factory=list)
    trained_on: date
    dbs_expiry: date | None = None
    active: bool = True


class ContactLog(BaseModel):
    request_id: int
    supporter_id: int
    channel: ContactChannel
    happened_at: datetime
    duration_minutes: int = Field(ge=0)
    baby_weight_g: int | None = Field(None, ge=300, le=9000)
    latch_concerns: bool = False
    nipple_pain_score: int | None = Field(None, ge=0, le=10)
    referred_to: str | None = None
    notes: str = ""


class TongueTieReferral(BaseModel):
    request_id: int
    gp_practice: str
    baby_nhs_number: str = Field(pattern=r"^\d{10}$")
    symptoms: list[str]


class GroupSession(BaseModel):
    venue: str
    starts_at: datetime
    facilitator_name: str
    capacity: int = 15
    creche: bool = False
    step_free_access: bool = True
