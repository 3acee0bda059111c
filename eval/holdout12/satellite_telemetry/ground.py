from datetime import datetime
from typing import Optional

import attr
from attrs import define, field


@define
class GroundStation:
    code: str
    name: str
    latitude: float
    longitude: float
    altitude_m: float
    antenna_diameter_m: float
    contact_email: str
    timezone: str = "UTC"


@define
class Command:
    opcode: int
    args: bytes = b""
    scheduled_for: Optional[datetime] = None
    requires_two_person: bool = False
    issued_by: Optional[str] = field(default=None)
    approved_by: Optional[str] = field(default=None)


@attr.s(frozen=True)
class LinkKeys:
    key_id = attr.ib()
    uplink_key = attr.ib(repr=False)
    valid_from = attr.ib()
    valid_until = attr.ib()


@define
class AnomalyReport:
    spacecraft_id: int
    detected_at: datetime
    subsystem: str
    severity: int
    summary: str
    age_hours: float = 0.0
    on_call_engineer: Optional[str] = None
    resolved: bool = False
