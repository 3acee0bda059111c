from datetime import date, datetime, time
from typing import Optional

from sqlmodel import Field, SQLModel


class Student(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    student_number: str = Field(index=True, unique=True)
    full_name: str
    university_email: str
    personal_email: Optional[str] = None
    course: str
    cohort: str
    year_of_study: int = 1
    reasonable_adjustments: Optional[str] = None
    occupational_health_cleared: bool = False


class Assessor(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    nmc_pin: Optional[str] = None
    work_email: str
    ward: str
    completed_assessor_training: bool = False


class Placement(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student.id", index=True)
    provider_name: str
    ward: str
    site_address: str
    start_date: date
    end_date: date
    required_hours: int = 150
    practice_assessor_id: Optional[int] = Field(default=None, foreign_key="assessor.id")


class Shift(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    placement_id: int = Field(foreign_key="placement.id", index=True)
    shift_date: date
    start_time: time
    end_time: time
    break_minutes: int = 0
    shift_type: str = "long_day"
    sickness: bool = False
    absence_reason: Optional[str] = None
    signed_off_by: Optional[int] = Field(default=None, foreign_key="assessor.id")
    signed_off_at: Optional[datetime] = None
    geo_lat: Optional[float] = None
    geo_lng: Optional[float] = None
