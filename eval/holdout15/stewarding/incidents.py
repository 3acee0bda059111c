from datetime import datetime

import attr
import attrs


@attr.s(auto_attribs=False, slots=True)
class Incident:
    id = attr.ib()
    occurred_at = attr.ib()
    location_description = attr.ib()
    grid_ref = attr.ib(default=None)
    category = attr.ib(default="other")
    reported_by = attr.ib(default=None)
    casualty_name = attr.ib(default=None)
    casualty_age = attr.ib(default=None)
    injury_description = attr.ib(default="")
    narrative = attr.ib(default="")
    police_reference = attr.ib(default=None)


@attrs.define
class Ejection:
    incident_id: int
    fan_name: str | None = None
    ticket_number: str | None = None
    reason: str = attrs.field(default="")
    banning_order_checked: bool = False


@attrs.frozen
class DensityReading:
    zone_id: str
    camera_id: str
    people_per_m2: float
    measured_at: datetime


@attrs.frozen
class TurnstileCount:
    gate: str
    interval_start: datetime
    count: int = attrs.field(default=0)
