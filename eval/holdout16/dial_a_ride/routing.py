from datetime import date, time
from decimal import Decimal

import attrs
from attrs import define, field, frozen


@frozen
class FareBand:
    band: str
    max_miles: float
    price: Decimal


@define
class RouteStop:
    member_id: int
    lat: float
    lng: float
    eta: time
    boarding_minutes: int = 3


@define
class RunSheet:
    vehicle_id: int
    driver_id: int
    run_date: date
    stops: list[RouteStop] = field(factory=list)
    total_miles: float = attrs.field(default=0.0)
