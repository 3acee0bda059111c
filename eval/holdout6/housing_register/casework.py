from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal


@dataclass
class MedicalAssessment:
    applicant_id: int
    assessor: str
    condition_summary: str
    mobility_aid: str | None
    recommended_band: Literal["A", "B", "C", "D"]
    decided_on: dt.date


@dataclass
class OfficerNote:
    applicant_id: int
    author_email: str
    body: str
    visibility: Literal["internal", "shared"] = "internal"
    created: dt.datetime = field(default_factory=dt.datetime.now)


@dataclass(frozen=True)
class LettingCycle:
    code: str
    opens: dt.date
    closes: dt.date
    max_bids_per_applicant: int = 3
