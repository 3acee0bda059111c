from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class BedState:
    ward_code: str
    beds_total: int
    beds_occupied: int
    awaiting_discharge: int
    escalation_level: int = 0


@dataclass
class HandoverNote:
    """Printed for the receiving GP / district nurse when the patient leaves."""

    patient_name: str
    hospital_number: str
    bed: str
    medications_on_discharge: list[str] = field(default_factory=list)
    allergies: list[str] = field(default_factory=list)
    follow_up: str = ""


@dataclass
class CareHomeVacancy:
    home_name: str
    postcode: str
    beds_free: int
    nursing: bool
    weekly_fee: Decimal
    contact_email: str


@dataclass
class DelayedDischarge:
    hospital_number: str
    ward_code: str
    days_delayed: int
    reason_code: str
    responsible_org: str
