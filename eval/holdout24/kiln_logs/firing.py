from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import NamedTuple

from attrs import define, field


class FiringType(Enum):
    BISQUE = "bisque"
    GLAZE = "glaze"
    RAKU = "raku"
    LUSTRE = "lustre"


class Atmosphere(Enum):
    OXIDATION = "ox"
    NEUTRAL = "neutral"
    REDUCTION = "red"


class Segment(NamedTuple):
    ramp_c_per_hour: int
    target_c: int
    hold_minutes: int = 0


@define
class Kiln:
    kiln_id: str
    name: str
    make: str
    model: str
    max_temp_c: int
    element_hours: float
    controller_mac: str
    location: str
    service_contact_email: str


@define
class FiringSchedule:
    schedule_id: str
    template_name: str
    firing_type: FiringType
    cone: str
    segments: list[Segment] = field(factory=list)
    atmosphere: Atmosphere = Atmosphere.OXIDATION
    created_by: str = ""


@define
class Firing:
    firing_id: str
    kiln_id: str
    schedule_id: str
    loaded_by: str
    started_at: datetime
    finished_at: datetime | None = None
    peak_temp_c: int | None = None
    witness_cone_result: str | None = None
    energy_kwh: float | None = None
    notes: str = ""
