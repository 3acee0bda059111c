from dataclasses import dataclass, field
from datetime import date
from typing import Optional


@dataclass
class AssetPlusRating:
    young_person_id: int
    likelihood_of_reoffending: str
    risk_of_serious_harm: str
    safety_and_wellbeing: str
    assessed_by: str
    assessed_on: date


@dataclass
class VictimContact:
    order_id: int
    victim_name: str
    victim_phone: Optional[str] = None
    wants_restorative_meeting: bool = False
    notes: str = ""


@dataclass
class CaseloadRow:
    officer_name: str
    open_cases: int
    overdue_reviews: int = 0
    flags: list[str] = field(default_factory=list)
