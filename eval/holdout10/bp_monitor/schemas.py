from datetime import date, datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field


class Reading(BaseModel):
    taken_at: datetime
    systolic: int = Field(ge=50, le=260)
    diastolic: int = Field(ge=30, le=160)
    pulse: int | None = Field(default=None, ge=20, le=250)
    arm: Literal["left", "right"] = "left"
    irregular_heartbeat: bool = False
    cuff_serial: str | None = None


class Patient(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: UUID
    nhs_number: str = Field(pattern=r"^\d{10}$")
    given_name: str
    family_name: str
    date_of_birth: date
    sex_at_birth: Literal["female", "male"]
    mobile: str
    practice_ods_code: str
    hypertension_stage: int | None = Field(default=None, ge=1, le=3)
    medications: list[str] = []
    target_systolic: int = 140
    last_upload_at: datetime | None = None


class Alert(BaseModel):
    patient_id: UUID
    severity: Literal["amber", "red"]
    reason: str
    raised_at: datetime
    acknowledged_by: str | None = None


class Thresholds(BaseModel):
    amber_systolic: int = 160
    red_systolic: int = 180
    red_diastolic: int = 120
    min_readings_per_week: int = 7
