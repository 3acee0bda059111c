from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple


class Departure(NamedTuple):
    stop_code: str
    line: str
    destination: str
    expected: datetime
    platform: str | None
    is_realtime: bool
    carriages: int = 1


class VehiclePosition(NamedTuple):
    fleet_number: str
    trip_id: int | None
    latitude: float
    longitude: float
    speed_kph: float
    reported_at: datetime


@dataclass
class Disruption:
    id: str
    title: str
    description: str
    affected_stops: list[str] = field(default_factory=list)
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    press_contact_email: str = "press@example-trams.co.uk"
    updated_by: str = ""


@dataclass(frozen=True)
class FeedConfig:
    gtfs_url: str
    realtime_url: str
    api_key: str
    poll_seconds: int = 20
    publisher_email: str = "opendata@example-trams.co.uk"
    age_days_before_purge: int = 14
