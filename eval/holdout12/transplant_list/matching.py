from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Optional


@dataclass(frozen=True)
class DonorOrgan:
    offer_ref: str
    organ: str
    donor_age: int
    donor_blood_group: str
    hla_typing: dict[str, str]
    cold_ischaemia_start: datetime
    retrieving_centre: str


@dataclass
class Candidate:
    registration_id: int
    nhs_number: str
    blood_group: str
    hla_typing: dict[str, str]
    crf_percent: float
    waiting_days: int
    age_at_listing: int
    paediatric: bool = False
    travel_time_minutes: int = 60


@dataclass
class MatchScore:
    candidate: Candidate
    mismatch_level: int
    points: int
    tie_breaker: float = 0.0
    notes: list[str] = field(default_factory=list)


@dataclass
class MatchRun:
    run_id: str
    started_at: datetime
    algorithm_version: str = "2024.2"
    dry_run: bool = False
    ranked: list[MatchScore] = field(default_factory=list)
    reviewed_by: Optional[str] = None
    review_date: Optional[date] = None
