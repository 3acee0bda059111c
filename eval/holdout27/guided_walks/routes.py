from datetime import datetime
from typing import NamedTuple, Optional, TypedDict


class Waypoint(NamedTuple):
    lat: float
    lon: float
    description: str
    hazard: Optional[str] = None


class Walk(NamedTuple):
    walk_id: int
    title: str
    meeting_point: str
    start_time: datetime
    distance_km: float
    terrain: str
    route: list[Waypoint]


WalkSignup = TypedDict(
    "WalkSignup",
    {
        "walk_id": int,
        "walker_id": int,
        "needs_lift": bool,
        "pickup_address": str,
        "allergies": str,
        "comments": str,
    },
    total=False,
)

GpsTrace = TypedDict(
    "GpsTrace",
    {"walker_id": int, "points": list, "device_id": str, "started_at": str},
)


class AudioGuideRequest(TypedDict):
    walk_id: int
    language: str
    voice: str
    speed: float
