from datetime import date
from typing import Optional

import attr
from attrs import define, field


@define
class Walker:
    walker_id: int
    name: str
    phone: str
    email: Optional[str] = None
    home_address: str = ""
    sight_condition: str = ""
    uses_guide_dog: bool = False
    mobility_notes: str = ""
    preferred_format: str = field(default="large print")
    pace: str = "steady"
    next_of_kin_phone: str = ""


@define
class Guide:
    guide_id: int
    name: str
    phone: str
    trained_on: Optional[date] = None
    sighted_guide_certified: bool = False
    dbs_number: Optional[str] = None


@attr.s(auto_attribs=True, slots=True)
class Pairing:
    walk_id: int
    walker: Walker
    guide: Guide
    side: str = "left"
