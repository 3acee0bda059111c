from datetime import date
from decimal import Decimal
from typing import Optional

import attr
import attrs
from attrs import define, field


@define
class Carer:
    carer_id: str
    full_name: str
    date_of_birth: date
    address: str
    phone: str
    email: Optional[str] = None
    preferred_language: str = "en"
    gp_practice: str = ""
    hours_caring_per_week: int = 0
    carers_allowance: bool = False
    own_health_conditions: str = ""
    employment_status: str = ""


@define
class CaredForPerson:
    name: str
    relationship: str
    date_of_birth: date
    primary_need: str
    mobility: str = "independent"
    medication_schedule: str = field(default="")
    nhs_number: Optional[str] = field(default=None)
    lives_with_carer: bool = True


@attr.s(auto_attribs=False)
class BreakBooking:
    booking_ref = attr.ib(type=str)
    carer_id = attr.ib(type=str)
    cared_for = attr.ib(type=CaredForPerson)
    provider = attr.ib(type=str)
    start = attr.ib(type=date)
    nights = attr.ib(type=int, default=2)
    funding_source = attr.ib(type=str, default="council")
    carer_contribution = attr.ib(type=Decimal, default=Decimal("0"))
    dietary_notes = attr.ib(type=str, default="")


@attrs.define
class Provider:
    name: str = attrs.field()
    cqc_registration: str = attrs.field()
    address: str = attrs.field()
    phone: str = attrs.field()
    beds_available: int = attrs.field(default=0)
    manager_name: str = attrs.field(default="")
