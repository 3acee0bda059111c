from datetime import date, datetime
from typing import NamedTuple

import attr
from attrs import define

from .hydrants import Outcome


class PressureReading(NamedTuple):
    taken_at: datetime
    static_bar: float
    residual_bar: float
    flow_litres_per_min: float


class CrewMember(NamedTuple):
    service_number: str
    name: str
    rank: str
    station: str


@attr.s
class Inspection:
    inspection_id = attr.ib()
    hydrant_id = attr.ib()
    inspected_on = attr.ib(type=date)
    crew_watch = attr.ib(default="Red")
    inspector_number = attr.ib(default=None)
    outcome = attr.ib(default=Outcome.PASS)
    defects = attr.ib(factory=list)
    readings = attr.ib(factory=list)
    photo_refs = attr.ib(factory=list)


@define
class DefectNotice:
    notice_id: str
    hydrant_id: str
    raised_on: date
    sent_to_email: str
    property_owner_name: str | None = None
    property_owner_phone: str | None = None
    resolved_on: date | None = None
