from datetime import datetime
from enum import IntEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class TriageCategory(IntEnum):
    IMMEDIATE = 1
    VERY_URGENT = 2
    URGENT = 3
    STANDARD = 4
    NON_URGENT = 5


class Attendance(BaseModel):
    model_config = ConfigDict(frozen=True)

    attendance_id: str
    mrn: str = Field(..., description="Hospital (medical record) number")
    patient_name: str
    age: int = Field(..., ge=0, le=120)
    sex: Literal["M", "F", "U"]
    arrived_at: datetime
    arrival_mode: Literal["walk-in", "ambulance", "police"]
    presenting_complaint: str
    triage: TriageCategory | None = None
    cubicle: str | None = None
    clinician: str | None = None
    breach_at: datetime


class PublicBoardRow(BaseModel):
    ticket: str
    initials: str
    wait_minutes: int
    stream: Literal["majors", "minors", "paeds"]
    called: bool = False


class BoardSnapshot(BaseModel):
    generated_at: datetime
    department: str
    waiting: int
    longest_wait_minutes: int
    four_hour_performance: float = Field(..., ge=0, le=1)
