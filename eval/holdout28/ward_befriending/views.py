from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Optional


@dataclass
class VisitSummary:
    visit_id: int
    ward_name: str
    bed: str
    patient_known_as: str
    volunteer_name: str
    started_at: datetime
    minutes: int
    notes: str = ""


@dataclass(frozen=True)
class RotaSlot:
    ward_id: int
    weekday: int
    start: time
    end: time
    volunteer_id: Optional[int] = None


@dataclass
class WardDemand:
    ward_id: int
    open_beds: int
    referrals_waiting: int
    slots_unfilled: int
    flags: list[str] = field(default_factory=list)
