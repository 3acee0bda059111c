from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class StratumQuota:
    category: str
    value: str
    min_count: int
    max_count: int


@dataclass
class CandidateProfile:
    volunteer_id: int
    age_band: str
    gender: str
    ethnicity: str
    region: str
    qualification: str
    climate_concern: str
    weight: float = 1.0


@dataclass(frozen=True)
class LotteryResult:
    assembly_id: int
    seed: int
    selected_ids: list[int] = field(default_factory=list)
    reserve_ids: list[int] = field(default_factory=list)
    drawn_at: datetime = field(default_factory=datetime.utcnow)
