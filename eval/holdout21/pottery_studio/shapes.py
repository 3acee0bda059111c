from datetime import datetime

import attr
from attrs import define, field


@define
class GlazeRecipe:
    name: str
    cone: str
    ingredients: dict[str, float] = field(factory=dict)
    contains_lead: bool = False
    author: str = ""


@define
class FiringLogEntry:
    kiln: str
    peak_temp_c: int
    duration_min: int
    operator_initials: str
    notes: str = ""


@attr.s
class OpenStudioSlot:
    start = attr.ib(type=datetime)
    end = attr.ib(type=datetime)
    max_people = attr.ib(type=int, default=6)
    booked_member_ids = attr.ib(factory=list)
