from datetime import date, datetime
from decimal import Decimal

import attr
from attrs import define, field

from .enums import ContractType, Position


@define
class Pool:
    code: str
    name: str
    address: str
    lanes: int = 6
    min_guards_public_swim: int = 2


@define
class Lifeguard:
    staff_number: str
    first_name: str
    surname: str
    mobile: str
    nplq_number: str
    nplq_expires: date
    contract: ContractType = ContractType.CASUAL
    hourly_rate: Decimal = field(default=Decimal("11.44"))
    max_hours_per_week: int = 20
    unavailable_dates: list[date] = field(factory=list)


@define
class Shift:
    pool_code: str
    starts_at: datetime
    ends_at: datetime
    position: Position
    lifeguard: Lifeguard | None = None
    swapped_with: str | None = None


@attr.s(auto_attribs=True)
class ShiftSwapRequest:
    shift_id: int
    requested_by: str
    reason: str = attr.ib(default="")
    approved: bool = False


@attr.s
class WeekPlan:
    pool_code = attr.ib(type=str)
    week_commencing = attr.ib(type=date)
    shifts = attr.ib(factory=list)
    published = attr.ib(default=False)
