from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import attr
import attrs
from attrs import define, field, frozen


@define
class Address:
    line1: str
    line2: str | None
    city: str
    postcode: str
    country: str = "GB"
    safe_place: str | None = None


@define
class Member:
    member_id: str
    full_name: str
    email: str
    date_of_birth: date
    delivery_address: Address
    tier: str = "classic"
    credit_balance: Decimal = field(default=Decimal("0.00"))
    preferred_styles: list[str] = field(factory=list)
    marketing_opt_in: bool = False
    joined_on: date | None = None


@frozen
class Case:
    sku: str
    name: str
    bottles: int
    price: Decimal
    vintage: int | None = None


@attr.s(slots=True)
class Shipment:
    id = attr.ib()
    member_id = attr.ib()
    case_sku = attr.ib()
    dispatched_on = attr.ib(default=None)
    courier_tracking = attr.ib(default=None)
    signed_for_by = attr.ib(default=None)
    over_18_confirmed = attr.ib(default=False)


@define
class TastingNote:
    member_id: str = attrs.field()
    sku: str = attrs.field()
    rating: int = attrs.field(validator=attrs.validators.in_(range(1, 6)))
    comment: str = attrs.field(default="")
    written_at: datetime = attrs.field(factory=datetime.utcnow)
