from typing import NamedTuple

from attrs import define, field

from .inspections import CrewMember


@define
class InspectionRound:
    round_id: str = field()
    station: str = field()
    due_month: str = field()
    appliance_callsign: str = field()
    hydrant_ids: list[str] = field(factory=list)
    assigned_crew: list[CrewMember] = field(factory=list)


class ExportRow(NamedTuple):
    hydrant_id: str
    street: str
    easting: int
    northing: int
    last_outcome: str
    last_inspected: str
