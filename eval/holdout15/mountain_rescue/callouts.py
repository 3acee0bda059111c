from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple, Optional


class LastKnownPosition(NamedTuple):
    easting: int
    northing: int
    accuracy_m: int
    fixed_at: datetime
    source: str = "sarloc"


@dataclass
class Callout:
    incident_number: str
    paged_at: datetime
    requested_by: str
    informant_name: str
    informant_phone: str
    casualty_count: int = 1
    area: str = ""
    rv_point: str = ""
    weather: str = ""
    position: Optional[LastKnownPosition] = None
    status: str = "paged"


@dataclass
class Casualty:
    callout_id: str
    name: Optional[str] = None
    age: Optional[int] = None
    sex: Optional[str] = None
    home_town: Optional[str] = None
    injuries: str = ""
    gcs: Optional[int] = None
    pulse: Optional[int] = None
    resp_rate: Optional[int] = None
    analgesia_given: str = ""
    evacuated_to: str = ""
    notes: str = ""


@dataclass
class TeamMember:
    callsign: str
    name: str
    mobile: str
    home_lat: float
    home_lon: float
    qualifications: list[str] = field(default_factory=list)
    cas_care_expiry: Optional[date] = None
    employer: str = ""
    team_driver: bool = False
