from datetime import datetime
from enum import Enum
from typing import Literal, Optional, TypedDict

from pydantic import BaseModel, ConfigDict, Field


class SensorKind(str, Enum):
    PIR = "pir"
    CO2 = "co2"
    DESK_OCCUPANCY = "desk_occupancy"
    PEOPLE_COUNTER = "people_counter"


class Room(BaseModel):
    room_id: str
    name: str
    building: str
    floor: int
    capacity: int
    has_vc_kit: bool = False
    calendar_resource_email: str


class SensorReading(BaseModel):
    model_config = ConfigDict(frozen=True)

    device_eui: str = Field(pattern=r"^[0-9A-F]{16}$")
    kind: SensorKind
    room_id: str
    ts: datetime
    occupied: Optional[bool] = None
    people_count: Optional[int] = Field(default=None, ge=0)
    co2_ppm: Optional[int] = None
    temperature_c: Optional[float] = None
    humidity_pct: Optional[float] = None
    battery_mv: int
    rssi: int
    gateway_id: str


class GhostBooking(BaseModel):
    """A booked meeting where the sensors saw nobody for the first 15 minutes."""

    room_id: str
    meeting_start: datetime
    organiser_email: str
    organiser_name: str
    subject: Optional[str] = None
    auto_released: bool = True
    no_shows_this_month: int = 0


class Gateway(BaseModel):
    gateway_id: str
    model: str
    ip_address: str
    firmware: str
    backhaul: Literal["ethernet", "lte"]
    last_seen: Optional[datetime] = None


class WifiProbeSample(TypedDict):
    ap_name: str
    client_mac: str
    rssi: int
    seen_at: str
    floor: int


class UtilisationRow(TypedDict, total=False):
    room_id: str
    date: str
    booked_hours: float
    occupied_hours: float
    peak_people: int
    utilisation_pct: float
