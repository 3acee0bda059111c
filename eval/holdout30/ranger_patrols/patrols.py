from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .enums import IncidentType, Priority, Weather


@dataclass(frozen=True)
class Waypoint:
    code: str
    label: str
    latitude: float
    longitude: float
    what3words: str | None = None


@dataclass
class Route:
    route_id: str
    name: str
    waypoints: list[Waypoint] = field(default_factory=list)
    length_km: float = 0.0
    estimated_minutes: int = 60
    seasonal: bool = False


@dataclass
class Patrol:
    patrol_id: str
    route_id: str
    ranger_id: str
    started_at: datetime
    finished_at: datetime | None = None
    vehicle_reg: str | None = None
    weather: Weather = Weather.DRY
    gps_track: list[tuple[float, float]] = field(default_factory=list)
    visitor_count: int = 0


@dataclass
class IncidentReport:
    incident_id: str
    patrol_id: str | None
    type: IncidentType
    priority: Priority
    latitude: float
    longitude: float
    description: str = ""
    photos: list[str] = field(default_factory=list)
    reported_by_public: bool = False
    reporter_phone: str | None = None


def patrol_distance_km(patrol: Patrol) -> float:
    from math import asin, cos, radians, sin, sqrt

    total = 0.0
    for (lat1, lon1), (lat2, lon2) in zip(patrol.gps_track, patrol.gps_track[1:]):
        dlat, dlon = radians(lat2 - lat1), radians(lon2 - lon1)
        a = sin(dlat / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2
        total += 2 * 6371 * asin(sqrt(a))
    return total
