from datetime import date

import attr
import attrs
from attrs import define, field


@define
class Bench:
    asset_tag: str
    location_name: str
    latitude: float
    longitude: float
    plaque_text: str | None = None
    condition: str = "good"
    last_inspected: date | None = None


@attr.s(auto_attribs=True)
class Vehicle:
    registration: str
    make_model: str
    fuel_type: str = "diesel"
    mileage: int = 0
    depot_postcode: str = ""
    tracker_imei: str | None = None


@define
class RadioHandset:
    call_sign: str = field()
    serial_number: str = field()
    assigned_to: str | None = field(default=None)
    battery_cycles: int = field(default=0)
    channel: int = attrs.field(default=1)


@attr.s
class StaffRanger:
    employee_number = attr.ib()
    name = attr.ib()
    mobile = attr.ib()
    qualifications = attr.ib(factory=list)
    home_depot = attr.ib(default="Visitor Centre")
