from __future__ import annotations

from datetime import date, datetime

import attrs
from attrs import define


@define
class Defibrillator:
    cabinet_id: str
    location_description: str
    latitude: float
    longitude: float
    keypad_code: str
    pads_expire: date
    battery_checked: date
    guardian_name: str
    guardian_phone: str


@define
class Attendee:
    full_name: str
    email: str | None = None
    phone: str | None = None
    age: int | None = attrs.field(default=None)
    access_needs: str = ""
    kneeling_ok: bool = True
    consent_photos: bool = False


@define
class TrainingSession:
    session_id: str
    venue: str
    starts_at: datetime
    trainer_name: str
    capacity: int = 12
    attendees: list[Attendee] = attrs.field(factory=list)
