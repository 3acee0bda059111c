from enum import Enum
from typing import TypedDict

ReadingPayload = TypedDict(
    "ReadingPayload",
    {
        "kiosk_id": str,
        "ts": str,
        "sys": int,
        "dia": int,
        "hr": int,
        "ihb": bool,
        "card": str | None,
    },
)


class KioskHeartbeat(TypedDict):
    kiosk_id: str
    uptime_s: int
    paper_low: bool
    cuff_cycles: int
    temperature_c: float
    ip_address: str


class BpBand(str, Enum):
    LOW = "low"
    NORMAL = "normal"
    ELEVATED = "elevated"
    HIGH = "high"
    VERY_HIGH = "very_high"


class KioskStatus(Enum):
    ONLINE = 1
    OFFLINE = 2
    NEEDS_CALIBRATION = 3
