"""Beach lifeguard incident log, synced from the tower tablets at the end of each day."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple


class IncidentType(Enum):
    RESCUE = "rescue"
    FIRST_AID = "first_aid"
    MISSING_PERSON = "missing_person"
    PREVENTATIVE = "preventative"
    SEARCH = "search"


class FlagState(Enum):
    RED_YELLOW = "red_yellow"
    BLACK_WHITE = "black_white"
    RED = "red"
    NONE = "none"


@dataclass
class Casualty:
    name: str | None = None
    approx_age: int | None = None
    sex: str | None = None
    home_town: str | None = None
    injuries: str = ""
    treatment_given: str = ""
    conscious: bool = True
    next_of_kin_phone: str | None = None


@dataclass
class Incident:
    reference: str
    beach: str
    zone: str
    occurred_at: dt.datetime
    incident_type: IncidentType
    flag: FlagState
    lat: float
    lon: float
    lifeguard_ids: list[int] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    sea_state: str = ""
    narrative: str = ""
    police_informed: bool = False


class MissingPersonReport(NamedTuple):
    missing_name: str
    age: int
    clothing_description: str
    last_seen_near: str
    reporting_adult_phone: str
    found_at: dt.datetime | None = None
