"""Raw MQTT payloads as the bands send them (keys are fixed by the vendor firmware)."""
from typing import TypedDict

Heartbeat = TypedDict(
    "Heartbeat",
    {"imei": str, "ts": int, "batt": int, "rssi": int, "fw": str},
)

FallEvent = TypedDict(
    "FallEvent",
    {"imei": str, "ts": int, "lat": float, "lon": float, "hr": int},
)

SosPress = TypedDict(
    "SosPress",
    {"imei": str, "ts": int, "lat": float, "lon": float, "button": int},
)
