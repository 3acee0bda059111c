"""Payloads from the mobile app and the nightly GBIF export."""
from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class SubmissionPayload:
    observer_token: str
    species: str
    count: int
    latitude: float
    longitude: float
    taken_at: datetime
    comment: str = ""
    photo_b64: str | None = None


@dataclass(frozen=True)
class ExportSettings:
    bucket: str
    gbif_username: str
    gbif_password: str = field(repr=False, default="")
    coordinate_precision: int = 3


@dataclass
class LeaderboardRow:
    rank: int
    display_name: str
    submissions: int
    region: str
