from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Optional

import attr
import attrs
from attrs import define, field


class PayoutStatus(enum.Enum):
    PENDING = "pending"
    SUBMITTED = "submitted"
    PAID = "paid"
    RETURNED = "returned"


class VehicleType(enum.Enum):
    BICYCLE = "bicycle"
    E_BIKE = "e_bike"
    MOPED = "moped"
    CAR = "car"


@define
class Courier:
    courier_id: str
    legal_name: str
    preferred_name: Optional[str]
    email: str
    mobile: str
    date_of_birth: date
    utr: Optional[str] = None
    right_to_work_share_code: Optional[str] = None
    vehicle: VehicleType = VehicleType.BICYCLE
    home_zone: str = "central"
    active: bool = True
    onboarded_at: Optional[datetime] = None


@define(frozen=True)
class BankDetails:
    courier_id: str
    account_holder: str
    sort_code: str
    account_number: str
    verified_via_open_banking: bool = False


@define
class CompletedDelivery:
    delivery_id: str
    courier_id: str
    restaurant_id: int
    dropoff_postcode: str
    distance_km: float
    fee_pence: int
    tip_pence: int = 0
    completed_at: datetime = field(factory=datetime.utcnow)


@attr.s(auto_attribs=False)
class PayoutBatch:
    batch_id = attr.ib(type=str)
    week_start = attr.ib(type=date)
    created_by = attr.ib(type=str)
    total_pence = attr.ib(type=int, default=0)
    bacs_file_ref = attr.ib(type=Optional[str], default=None)


@attrs.define
class Payout:
    batch_id: str
    courier_id: str
    gross_pence: int
    platform_fee_pence: int
    net_pence: int
    status: PayoutStatus = PayoutStatus.PENDING
    return_reason: Optional[str] = attrs.field(default=None)


@attrs.define
class Adjustment:
    courier_id: str
    amount_pence: int
    reason: str
    raised_by: str
    approved_by: Optional[str] = None
