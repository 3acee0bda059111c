from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from attrs import define


class InspectionRecord(NamedTuple):
    hive_id: str
    inspected_on: dt.date
    queen_seen: bool
    eggs_seen: bool
    queen_cells: int
    varroa_count: int | None
    weather: str
    notes: str
    inspector_initials: str


class TreatmentRecord(NamedTuple):
    hive_id: str
    product: str
    dose: str
    applied_on: dt.date
    removed_on: dt.date | None
    batch_number: str


@define
class SwarmCall:
    reporter_name: str
    reporter_phone: str
    address: str
    reported_at: dt.datetime
    height_m: float | None = None
    collected_by: int | None = None
