from datetime import date, datetime
from typing import Optional

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class PatientCreate(BaseModel):
    first_name: str = Field(min_length=1, max_length=80)
    last_name: str = Field(min_length=1, max_length=80)
    date_of_birth: date
    email: Optional[EmailStr] = None
    mobile: Optional[str] = Field(default=None, pattern=r"^\+?[0-9 ]{10,16}$")
    insurer: Optional[str] = None
    policy_number: Optional[str] = None
    sms_reminders: bool = True
    marketing_opt_in: bool = False


class SelfAssessment(BaseModel):
    """Online questionnaire a new patient fills in before the first appointment."""

    pain_now: int = Field(ge=0, le=10)
    pain_worst: int = Field(ge=0, le=10)
    affects_sleep: bool = False
    previous_surgery: Optional[str] = None
    medications: list[str] = Field(default_factory=list)
    goals: str = Field(default="", max_length=2000)


class AppointmentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    starts_at: datetime
    duration_minutes: int
    clinician_name: str
    room: Optional[str] = None
