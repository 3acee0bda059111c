from dataclasses import dataclass
from datetime import datetime
from typing import Optional


@dataclass(slots=True)
class SpreaderReading:
    vehicle_id: str
    recorded_at: datetime
    lat: float
    lon: float
    spread_rate_gsm: int
    road_temp_c: Optional[float] = None
    salt_level_pct: Optional[int] = None


@dataclass
class RoadForecast:
    station_id: str
    valid_from: datetime
    road_surface_min_c: float
    precipitation_mm: float
    action: str = "monitor"


@dataclass
class DepotConfig:
    scada_host: str
    scada_user: str
    service_password: str
    alarm_email: str = "winter-service@example.gov.uk"
