from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple, NotRequired, TypedDict


@dataclass
class Arrival:
    incident_number: str
    call_sign: str
    hospital_code: str
    arrived_at: datetime
    handover_at: datetime | None = None
    cleared_at: datetime | None = None
    patient_age: int | None = None
    patient_sex: str | None = None
    presenting_complaint: str | None = None
    news2_score: int | None = None
    crew_staff_numbers: list[str] = field(default_factory=list)
    cohorted: bool = False


class DelayBand(NamedTuple):
    label: str
    min_minutes: int
    max_minutes: int | None


class Vitals(NamedTuple):
    taken_at: datetime
    heart_rate: int
    resp_rate: int
    spo2: int
    systolic_bp: int
    temperature_c: float
    gcs: int


class HandoverPayload(TypedDict):
    incident_number: str
    hospital_code: str
    arrived_at: str
    patient_nhs_number: NotRequired[str]
    atmist: str
    vitals: list[Vitals]
    crew_lead: str
