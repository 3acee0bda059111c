from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class HospitalSite:
    code: str
    name: str
    ed_postcode: str
    latitude: float
    longitude: float
    handover_target_minutes: int = 15
    escalation_contact: str = ""


@dataclass
class HourlyDelaySummary:
    hospital_code: str
    hour_start: datetime
    arrivals: int
    handovers_over_30: int
    handovers_over_60: int
    lost_hours: float
    longest_wait_minutes: int


@dataclass
class CrewShift:
    staff_number: str
    name: str
    grade: str
    station: str
    shift_start: datetime
    shift_end: datetime
    meal_break_taken: bool = False
    overtime_minutes: int = 0
