from datetime import date, datetime
from enum import Enum
from typing import Literal, Optional
from uuid import UUID

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class InjurySide(str, Enum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


class PatientRegistration(BaseModel):
    model_config = ConfigDict(extra="forbid")

    first_name: str = Field(max_length=60)
    last_name: str = Field(max_length=60)
    email: EmailStr
    phone: str = Field(max_length=30)
    date_of_birth: date
    sex: Literal["female", "male", "other", "prefer_not_to_say"]
    sport: Optional[str] = Field(default=None, description="Main sport played")
    occupation: Optional[str] = None
    insurer: Optional[str] = None
    policy_number: Optional[str] = None
    gp_practice: Optional[str] = None
    marketing_consent: bool = False


class InjuryReport(BaseModel):
    body_part: str
    side: InjurySide
    mechanism: str = Field(description="How did it happen?", max_length=1000)
    occurred_on: date
    pain_score: int = Field(ge=0, le=10)
    previous_surgery: bool = False
    red_flags: list[str] = Field(default_factory=list)


class AppointmentRequest(BaseModel):
    patient_id: UUID
    clinician_id: Optional[UUID] = None
    preferred_slot: datetime
    appointment_type: Literal["assessment", "follow_up", "sports_massage"] = "assessment"
    video: bool = False
    notes: Optional[str] = Field(default=None, max_length=500)


class ClinicianNote(BaseModel):
    clinician_id: UUID
    subjective: str
    objective: str
    diagnosis: str
    plan: str
    range_of_motion_deg: dict[str, int] = Field(default_factory=dict)
    grip_strength_kg: Optional[float] = None
    return_to_play_date: Optional[date] = None


class Exercise(BaseModel):
    name: str
    sets: int = 3
    reps: int = 10
    video_url: Optional[str] = None


class ExerciseProgramme(BaseModel):
    patient_id: UUID
    exercises: list[Exercise]
    issued_on: date
    app_access_code: str = Field(min_length=6, max_length=6)
