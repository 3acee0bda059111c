from datetime import datetime
from decimal import Decimal
from typing import Optional

from attrs import define, field


@define(frozen=True)
class UnlockEvent:
    member_id: int
    car_plate: str
    method: str
    lat: float
    lng: float
    occurred_at: datetime
    phone_device_id: Optional[str] = None


@define
class TripSummary:
    reservation_id: int
    member_id: int
    route_polyline: str
    end_postcode: str
    harsh_braking_count: int = 0
    max_speed_kmh: float = 0.0
    fuel_used_litres: float = 0.0


@define
class PenaltyCharge:
    member_id: int
    pcn_number: str
    issuing_authority: str
    amount: Decimal
    admin_fee: Decimal = Decimal("25.00")
    contested: bool = field(default=False)
