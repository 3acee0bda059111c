from datetime import datetime
from typing import NamedTuple, Optional, TypedDict

from pydantic import BaseModel, Field


class Station(BaseModel):
    station_id: str = Field(pattern=r"^[A-Z0-9]{4,8}$")
    name: str
    river: str
    lat: float
    lng: float
    grid_ref: str
    datum_mAOD: float
    typical_high_m: float
    typical_low_m: float
    owner: str = "Environment Agency"
    contact_email: str = "hydrometry@example.gov.uk"
    site_access_code: Optional[str] = None
    commissioned: Optional[datetime] = None


class Reading(NamedTuple):
    station_id: str
    ts: datetime
    level_m: float
    flow_m3s: Optional[float]
    quality: str


class Threshold(NamedTuple):
    station_id: str
    name: str
    level_m: float
    triggers_warning_area: str


TelemetryPacket = TypedDict(
    "TelemetryPacket",
    {
        "imei": str,
        "station": str,
        "sent_at": int,
        "stage_mm": list[int],
        "battery_v": float,
        "rssi": int,
        "enclosure_open": bool,
    },
)


class MaintenanceVisit(TypedDict, total=False):
    station_id: str
    visited_at: str
    technician: str
    work_done: str
    next_visit_due: str
