from dataclasses import dataclass
from datetime import datetime


@dataclass
class Slot:
    starts_at: datetime
    room: str
    capacity: int = 1
    booked: int = 0


@dataclass
class WalkInScreening:
    """Pre-vaccination questions asked at the counter before a walk-in jab."""

    name: str
    age: int
    feeling_unwell_today: bool
    had_flu_jab_this_season: bool
    on_blood_thinners: bool
    severe_allergy_history: bool


@dataclass
class NhsSubmission:
    """Record posted to the national vaccination record service."""

    nhs_number: str
    vaccine_code: str
    given_at: datetime
    site_ods_code: str
    submitted: bool = False
