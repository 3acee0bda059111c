from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class ReferralIn(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    child_name: str = Field(..., max_length=120)
    date_of_birth: date
    nhs_number: str | None = Field(default=None, pattern=r"^\d{10}$")
    parent_email: EmailStr
    parent_phone: str
    home_postcode: str = Field(..., max_length=8)
    concerns: str = Field(..., description="What the parent or teacher has noticed")
    languages_at_home: list[str] = []
    consent_to_share_with_school: bool = False


class SessionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    client_id: int
    scheduled_for: datetime
    duration_minutes: int
    status: str


class ProgressReport(BaseModel):
    client_id: int
    period_start: date
    period_end: date
    fluency_scores: list[float] = Field(default_factory=list)
    summary: str
    therapist_name: str
