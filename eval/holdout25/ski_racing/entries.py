"""Ski club race series: racers, races, start lists and results."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import NamedTuple, Optional


class Discipline(Enum):
    SLALOM = "SL"
    GIANT_SLALOM = "GS"
    SUPER_G = "SG"
    DOWNHILL = "DH"
    PARALLEL = "PAR"


class AgeClass(str, Enum):
    U10 = "U10"
    U12 = "U12"
    U14 = "U14"
    U16 = "U16"
    SENIOR = "SEN"
    MASTERS = "MAS"


@dataclass
class Racer:
    racer_id: int
    first_name: str
    last_name: str
    birth_year: int
    gender: str
    nation: str = "GBR"
    club: str = ""
    fis_code: Optional[str] = None
    email: Optional[str] = None
    guardian_name: Optional[str] = None
    guardian_phone: Optional[str] = None
    medical_notes: str = ""
    photo_permission: bool = False


@dataclass
class Race:
    race_id: int
    name: str
    venue: str
    discipline: Discipline
    race_date: date
    homologation: str = ""
    vertical_drop_m: int = 0
    gates: int = 0
    age_classes: list[AgeClass] = field(default_factory=list)
    chief_of_race: str = ""


@dataclass
class StartListEntry:
    race_id: int
    bib: int
    racer_id: int
    seed_group: int = 0
    age_class: AgeClass = AgeClass.SENIOR


class RunTime(NamedTuple):
    bib: int
    run: int
    time_ms: Optional[int]
    status: str = "OK"


class ResultRow(NamedTuple):
    rank: int
    bib: int
    racer_name: str
    club: str
    nation: str
    age_class: str
    total_ms: int
    race_points: float
