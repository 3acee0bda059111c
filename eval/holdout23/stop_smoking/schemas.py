from datetime import date, datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class Referral(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    referral_source: Literal["gp", "pharmacy", "self", "maternity", "hospital"]
    gp_practice: str | None = None
    first_name: str = Field(..., max_length=60)
    last_name: str = Field(..., max_length=60)
    date_of_birth: date
    sex: Literal["female", "male", "other"]
    postcode: str = Field(..., pattern=r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$")
    mobile: str | None = None
    email: EmailStr | None = None
    ethnicity: str | None = None
    pregnant: bool = False
    cigarettes_per_day: int = Field(..., ge=0, le=100)
    years_smoked: int = Field(..., ge=0, le=90)
    uses_vape: bool = False
    mental_health_condition: bool = False
    preferred_contact_time: Literal["morning", "afternoon", "evening"] | None = None
    consent_to_share_with_gp: bool = True


class CarbonMonoxideReading(BaseModel):
    client_id: UUID
    taken_at: datetime
    ppm: int = Field(..., ge=0, le=100)
    advisor: str
    self_reported_smokefree: bool


class QuitPlan(BaseModel):
    client_id: UUID
    quit_date: date
    product: Literal["nrt_patch", "nrt_gum", "varenicline", "cytisine", "vape", "none"]
    dose_mg: float | None = None
    weekly_sessions: int = 1
    pharmacy_ods_code: str | None = None
    notes: str | None = Field(None, max_length=2000)


class FourWeekOutcome(BaseModel):
    client_id: UUID
    outcome: Literal["quit_co_verified", "quit_self_reported", "not_quit", "lost_to_follow_up"]
    co_ppm: int | None = Field(None, ge=0, le=100)
    voucher_code: str | None = None


class ClientSummary(BaseModel):
    id: UUID
    display_name: str
    advisor_id: UUID
    last_attended_at: datetime | None = None
    smokefree_days: int = 0
    status: Literal["active", "quit", "dropped"]


class AppointmentSlot(BaseModel):
    id: UUID
    starts_at: datetime
    venue: str
    advisor_id: UUID
    capacity: int = 1
