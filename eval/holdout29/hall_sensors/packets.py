from typing import NamedTuple, TypedDict

RawPacket = TypedDict(
    "RawPacket",
    {
        "dev_eui": str,
        "fcnt": int,
        "rssi": int,
        "snr": float,
        "payload_hex": str,
        "received_at": str,
    },
)

AlertPayload = TypedDict(
    "AlertPayload",
    {
        "sensor_id": str,
        "hall": str,
        "message": str,
        "severity": str,
        "acknowledged_by": str,
    },
    total=False,
)


class CalibrationPoint(NamedTuple):
    sensor_id: str
    reference: float
    measured: float
    offset: float


class AthleteSummary(NamedTuple):
    athlete_id: str
    best_jump_cm: float
    sessions: int
