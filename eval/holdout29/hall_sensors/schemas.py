from datetime import date, datetime
from enum import Enum
from typing import Literal

from pydantic import BaseModel, Field, IPvAnyAddress


class SensorKind(str, Enum):
    MOISTURE = "moisture"
    SURFACE_TEMP = "surface_temp"
    VIBRATION = "vibration"
    OCCUPANCY = "occupancy"
    FORCE_PLATE = "force_plate"


class Sensor(BaseModel):
    sensor_id: str
    hall: str
    zone: str = Field(..., description="Court or grid square, e.g. 'C3'")
    kind: SensorKind
    mac_address: str = Field(..., pattern=r"^([0-9A-F]{2}:){5}[0-9A-F]{2}$")
    firmware: str
    installed_on: date
    battery_pct: int = Field(100, ge=0, le=100)


class Reading(BaseModel):
    sensor_id: str
    taken_at: datetime
    value: float
    unit: str
    quality: Literal["ok", "suspect"] = "ok"


class Gateway(BaseModel):
    gateway_id: str
    ip_address: IPvAnyAddress
    location_note: str = ""
    uplink: Literal["ethernet", "lte"] = "ethernet"
    last_seen: datetime | None = None


class OccupancyWindow(BaseModel):
    hall: str
    start: datetime
    end: datetime
    people_count: int = Field(..., ge=0)
    booking_ref: str | None = None


class JumpTest(BaseModel):
    """Countermovement jump on the force plate, used by the academy's strength coaches."""

    athlete_id: str
    squad: str
    tested_at: datetime
    countermovement_jump_cm: float = Field(..., gt=0)
    peak_force_n: float
    body_mass_kg: float
    left_right_asymmetry_pct: float | None = None
