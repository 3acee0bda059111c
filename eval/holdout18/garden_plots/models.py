from datetime import date
from decimal import Decimal

import attr
from attrs import define, field


@define
class Plot:
    plot_number: str
    site: str
    size_m2: float
    has_water: bool = False
    raised_bed: bool = False
    annual_fee: Decimal = Decimal("45.00")
    holder_id: int | None = None


@define
class Member:
    member_id: int
    name: str
    email: str
    address: str
    phone: str | None = None
    concession: bool = field(default=False)
    needs_accessible_plot: bool = False
    joined: date = field(factory=date.today)
    newsletter: bool = True


@define
class WaitingListEntry:
    name: str
    email: str
    postcode: str
    requested_site: str
    preferred_size: str = "half"
    applied_on: date = field(factory=date.today)


@define
class WorkParty:
    held_on: date
    task: str
    leader_id: int
    attendees: list[int] = field(factory=list)
    hours_total: float = 0.0


@attr.s(auto_attribs=False)
class Inspection:
    plot_number = attr.ib()
    inspected_on = attr.ib()
    inspector = attr.ib()
    cultivation_pct = attr.ib(converter=int)
    warning_issued = attr.ib(default=False)
    comments = attr.ib(default="")
