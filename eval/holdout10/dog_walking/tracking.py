from datetime import date, datetime
from decimal import Decimal

from attrs import define, field


@define
class GpsPing:
    walk_id: str
    walker_device: str
    lat: float
    lng: float
    recorded_at: datetime
    speed_mps: float = 0.0


@define
class WalkReport:
    walk_id: str
    walker_id: int
    dog_names: list[str]
    duration_minutes: int
    poo_count: int = 0
    photo_urls: list[str] = field(factory=list)
    message_to_owner: str = ""
    route_geojson: str = ""


@define
class Invoice:
    number: str
    client_id: int
    period_start: date
    total: Decimal
    paid: bool = False
