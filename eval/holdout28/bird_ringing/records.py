from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Optional

from .codes import Age, CaptureMethod, Sex


@dataclass
class RingingSite:
    site_code: str
    name: str
    grid_ref: str
    latitude: float
    longitude: float
    habitat: str
    landowner_permission: bool = True


@dataclass
class Ringer:
    permit_number: str
    name: str
    email: str
    trainer_permit: Optional[str] = None


@dataclass
class Capture:
    ring_number: str
    species_code: str
    age: Age
    sex: Sex
    caught_at: datetime
    site_code: str
    method: CaptureMethod
    ringer_permit: str
    wing_mm: Optional[float] = None
    weight_g: Optional[float] = None
    fat_score: Optional[int] = None
    moult_score: Optional[int] = None
    condition: str = "good"
    retrap: bool = False


@dataclass
class Recovery:
    ring_number: str
    found_on: date
    circumstances: str
    found_dead: bool
    place_found: str
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    finder_name: Optional[str] = None
    finder_email: Optional[str] = None
    finder_address: Optional[str] = None
    tags: list[str] = field(default_factory=list)
