"""Church bell hanging firm: towers, bells, inspections, quotes and jobs."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attr
import attrs
from attrs import define, field, frozen


@define
class Tower:
    tower_id: int
    dedication: str
    place: str
    county: str
    diocese: str
    grid_ref: str
    latitude: float
    longitude: float
    bells: int
    tenor_weight_cwt: float
    tenor_note: str
    ground_floor_ring: bool = False
    access_notes: str = ""
    key_holder_name: str | None = None
    key_holder_phone: str | None = None


@define
class Bell:
    tower_id: int
    number: int
    weight_cwt: float
    note: str
    founder: str = ""
    cast_year: int | None = None
    canons: bool = False
    clapper: str = "cast iron"
    headstock: str = "steel"
    bearings: str = "ball"
    last_tuned: int | None = None


@define
class Inspection:
    tower_id: int
    inspected_on: dt.date
    inspector: str = attrs.field()
    frame_condition: str = attrs.field(default="sound")
    gudgeons_ok: bool = attrs.field(default=True)
    rope_wear: str = attrs.field(default="")
    stays_and_sliders: str = attrs.field(default="")
    actions: list[str] = attrs.field(factory=list)
    next_due: dt.date | None = None
    report_pdf: str | None = None


@frozen
class Quote:
    quote_no: str
    tower_id: int
    scope: str
    net_amount: Decimal
    vat_rate: Decimal = Decimal("0.20")
    faculty_required: bool = True
    valid_until: dt.date | None = None
    client_parish: str = ""


@attr.s(auto_attribs=True)
class Job:
    quote_no: str
    start_week: int
    crew: list[str] = attr.Factory(list)
    crane_hire: bool = False
    lorry_registration: str = ""
    completed_on: dt.date | None = None
    invoice_no: str | None = field(default=None)
