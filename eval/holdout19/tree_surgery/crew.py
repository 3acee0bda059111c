from datetime import date
from decimal import Decimal

import attr
from attrs import define, field, frozen


@attr.s(auto_attribs=False)
class Climber:
    employee_no = attr.ib()
    name = attr.ib()
    lantra_certs = attr.ib(factory=list)
    cs38_expiry = attr.ib(default=None)
    day_rate = attr.ib(default=Decimal("180.00"))
    next_of_kin_phone = attr.ib(default=None)
    blood_group = attr.ib(default=None)


@define
class Chipper:
    serial: str
    model: str
    engine_hours: float = 0.0
    last_service: date | None = None
    hired_from: str | None = None
    hire_company_phone: str | None = None


@frozen
class TpoCheck:
    council: str
    tree_ref: str
    officer_name: str = ""
    application_ref: str | None = None
    decision: str = "pending"
    decided_on: date | None = field(default=None)
