from datetime import date, datetime
from typing import Optional

from attrs import define, field


@define
class Patient:
    hospital_number: str
    nhs_number: Optional[str]
    given_name: str
    family_name: str
    dob: date
    sex: str
    gp_practice_code: Optional[str] = None
    mobile: Optional[str] = None
    email: Optional[str] = None
    known_allergens: list[str] = field(factory=list)
    asthma: bool = False
    carries_autoinjector: bool = False


@define
class SkinPrickTest:
    patient_id: int
    allergen: str
    wheal_mm: float
    flare_mm: float
    positive_control_mm: float
    tested_by: str
    tested_at: datetime = field(factory=datetime.now)


@define(frozen=True)
class ChallengeStep:
    step: int
    food: str
    dose_mg: float
    given_at: datetime
    reaction: Optional[str] = None
    observations: str = ""


@define
class Prescription:
    patient_id: int
    drug: str
    strength: str
    quantity: int = field(default=2)
    prescriber: str = field(default="")
    issued_on: date = field(factory=date.today)
