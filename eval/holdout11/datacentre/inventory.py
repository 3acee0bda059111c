from datetime import datetime

import attr
from attrs import define, frozen


@define
class PowerReading:
    pdu: str
    outlet: int
    amps: float
    volts: float
    at: datetime


@define
class SparePart:
    part_number: str
    description: str
    quantity: int = 0
    bin_location: str = ""
    supplier_contact_email: str = ""


@attr.s(auto_attribs=False)
class ChangeTicket:
    number = attr.ib()
    summary = attr.ib()
    requested_by = attr.ib()
    age_days = attr.ib(default=0)
    template_name = attr.ib(default="standard-change")
    risk = attr.ib(default="low")


@frozen
class CoolingUnit:
    unit_id: str
    setpoint_c: float
    return_temp_c: float
    status: str = "running"
