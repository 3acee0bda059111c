"""Message shapes from the LoRaWAN network server and the door controllers."""

from datetime import datetime
from typing import NamedTuple, TypedDict


class Reading(NamedTuple):
    sensor_id: str
    ts: datetime
    temperature_c: float
    humidity_pct: float
    co2_ppm: int | None = None
    battery_mv: int | None = None


class OccupancyCount(NamedTuple):
    zone_id: str
    ts: datetime
    people_count: int
    confidence: float = 1.0


class UplinkPayload(TypedDict):
    dev_eui: str
    f_port: int
    f_cnt: int
    rssi: int
    snr: float
    gateway_id: str
    payload_hex: str


DownlinkCommand = TypedDict(
    "DownlinkCommand",
    {"dev_eui": str, "confirmed": bool, "data": str, "fPort": int},
)


class AccessEvent(TypedDict):
    door_id: str
    ts: str
    badge_number: str
    holder_name: str
    granted: bool
