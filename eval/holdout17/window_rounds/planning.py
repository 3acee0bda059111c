from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal


@dataclass
class RouteStop:
    customer_id: int
    house: str
    street: str
    postcode: str
    lat: float
    lng: float
    eta: time | None = None
    notes: str = ""


@dataclass
class DaySheet:
    round_name: str
    cleaner_name: str
    on: date
    stops: list[RouteStop] = field(default_factory=list)
    expected_takings: Decimal = Decimal("0")


@dataclass(frozen=True)
class DepotSettings:
    depot_postcode: str = "TQ7 1AA"
    depot_lat: float = 50.2843
    depot_lng: float = -3.7771
    max_stops_per_day: int = 45
    sms_sender: str = "SparkleWin"
