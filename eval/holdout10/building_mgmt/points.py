from datetime import datetime
from enum import Enum
from typing import NamedTuple

from pydantic import BaseModel, Field


class PointKind(Enum):
    TEMPERATURE = "temp"
    HUMIDITY = "rh"
    CO2 = "co2"
    OCCUPANCY = "occ"
    DAMPER = "damper"
    VALVE = "valve"


class Zone(BaseModel):
    zone_id: str
    name: str
    floor: int
    area_m2: float
    setpoint_c: float = Field(21.0, ge=16, le=26)
    occupied_schedule: str = "Mon-Fri 07:00-19:00"
    owner_team: str = "facilities"


class Point(BaseModel):
    point_id: str
    bacnet_device: int
    object_instance: int
    kind: PointKind
    units: str
    zone_id: str | None = None
    writable: bool = False


class Sample(NamedTuple):
    point_id: str
    ts: float
    value: float
    quality: int = 0


class Occupancy(BaseModel):
    zone_id: str
    people_count: int = Field(ge=0)
    at: datetime
