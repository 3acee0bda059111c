from dataclasses import dataclass
from datetime import datetime


@dataclass
class Pilot:
    membership_number: str
    name: str
    flyer_id: str
    achievement: str = "none"
    emergency_phone: str = ""


@dataclass
class FlightLogEntry:
    aircraft_tail_id: str
    pilot_membership_number: str
    took_off_at: datetime
    landed_at: datetime
    frequency: str = "2.4GHz"
    buddy_box: bool = False
    incident: str | None = None


@dataclass
class FieldConditions:
    recorded_at: datetime
    wind_kts: float
    gust_kts: float
    wind_from_deg: int
    visibility_m: int
    cloud_base_ft: int | None
    temperature_c: float
    recorded_by: str
