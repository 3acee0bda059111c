from datetime import date, time
from typing import Optional

from sqlmodel import SQLModel


class ShiftCreate(SQLModel):
    placement_id: int
    shift_date: date
    start_time: time
    end_time: time
    break_minutes: int = 0
    shift_type: str = "long_day"
    device_lat: Optional[float] = None
    device_lng: Optional[float] = None


class ShiftRead(SQLModel):
    id: int
    shift_date: date
    hours: float
    status: str
    assessor_name: Optional[str] = None


class SignOffRequest(SQLModel):
    shift_ids: list[int]
    assessor_pin: str
    comment: Optional[str] = None


class HoursSummary(SQLModel):
    student_number: str
    placement_id: int
    hours_logged: float
    hours_required: int
    sick_days: int
    on_track: bool
