from datetime import datetime

import attr
from attrs import define, field, validators


@define
class FatigueCheck:
    staff_number: str
    hours_last_7_days: float
    rest_before_duty: float
    self_reported_score: int = field(validator=validators.in_(range(1, 8)))
    breach: bool = False


@define
class Vehicle:
    fleet_number: str
    registration: str
    depot: str
    low_floor: bool = True
    seats: int = 0


@attr.s(frozen=True)
class CardSwipe:
    card_serial = attr.ib(type=str)
    reader_id = attr.ib(type=str)
    read_at = attr.ib(type=datetime)
    direction = attr.ib(type=str, default="in")
