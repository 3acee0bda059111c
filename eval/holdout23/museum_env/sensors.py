from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple, TypedDict


class Reading(NamedTuple):
    sensor_id: str
    ts: datetime
    temperature_c: float
    rh_percent: float
    lux: float
    uv_uw_per_lumen: float


@dataclass
class Sensor:
    sensor_id: str
    gallery: str
    case_number: str | None
    mac_address: str
    firmware: str
    battery_percent: int = 100
    installed_by: str = ""
    last_seen: datetime | None = None


@dataclass
class Gallery:
    code: str
    name: str
    floor: int
    target_rh: float = 50.0
    target_temp: float = 19.0
    max_lux: int = 200
    curator: str | None = None


Thresholds = TypedDict(
    "Thresholds",
    {
        "rh_min": float,
        "rh_max": float,
        "temp_min": float,
        "temp_max": float,
        "lux_max": float,
    },
)


class AlertDict(TypedDict):
    sensor_id: str
    metric: str
    value: float
    threshold: float
    raised_at: str
    acknowledged_by: str | None
