from datetime import datetime
from typing import Optional

from attrs import define, frozen

from .walkers import Guide, Walker


@define
class WalkReport:
    walk_id: int
    leader: Guide
    attendees: list[Walker]
    weather: str = ""
    incidents: str = ""
    distance_km: Optional[float] = None


@frozen
class Feedback:
    walker_id: int
    rating: int
    comment: str = ""
    audio_recording_url: Optional[str] = None
    submitted_at: Optional[datetime] = None
