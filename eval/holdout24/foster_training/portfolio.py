from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs
from attrs import define, field


@define
class TSDProgress:
    carer_ref: str
    started_on: date
    deadline: date
    standards_met: list[int] = field(factory=list)
    assessor: str = ""
    extension_reason: str | None = None
    signed_off: bool = False


@define(frozen=True)
class Household:
    household_id: str
    address: str
    local_authority: str
    bedrooms_available: int
    pets: str | None = None
    smokers_in_household: bool = False
    children_in_placement: int = 0


@define
class SkillsPayment:
    carer_ref: str = attrs.field()
    weekly_skills_payment: Decimal = attrs.field(converter=Decimal)
    paid_into_sort_code: str = attrs.field(repr=False)
    paid_into_account: str = attrs.field(repr=False)
    tax_year: str = attrs.field(default="2024-25")
