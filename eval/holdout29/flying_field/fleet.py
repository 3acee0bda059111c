from __future__ import annotations

from datetime import date

import attr
import attrs
from attrs import define

from .sites import CraftClass


@define
class ClubAircraft:
    tail_id: str
    model_name: str
    craft_class: CraftClass
    wingspan_mm: int
    all_up_weight_g: int
    receiver_id: str
    operator_id: str
    airworthy: bool = True
    last_inspected: date | None = None


@attr.s(slots=True)
class Battery:
    serial = attr.ib()
    cells = attr.ib(default=3)
    capacity_mah = attr.ib(default=2200)
    cycle_count = attr.ib(default=0)
    internal_resistance_mohm = attr.ib(default=None)
    retired = attr.ib(default=False)


@define
class ChargingBay:
    bay_number: int = attrs.field()
    max_current_a: float = attrs.field(default=10.0)
    in_use_by_member: int | None = attrs.field(default=None)
    usage: float = attrs.field(default=0.0)
