from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum


class JobPriority(IntEnum):
    LIVE_LANE = 1
    VULNERABLE = 2
    STANDARD = 3
    HOME_START = 4


@dataclass
class DispatchOffer:
    breakdown_ref: str
    patrol_call_sign: str
    distance_km: float
    eta_minutes: int
    priority: JobPriority


@dataclass
class GpsPing:
    patrol_id: int
    lat: float
    lon: float
    speed_kph: float
    heading: int
    recorded_at: datetime


@dataclass
class CallbackRequest:
    breakdown_ref: str
    member_phone: str
    reason: str
    requested_at: datetime
