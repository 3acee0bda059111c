from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal


@dataclass
class CellarReport:
    generated_at: datetime
    bottle_count: int
    value_estimate: Decimal
    ready_to_drink: list[str] = field(default_factory=list)
    past_peak: list[str] = field(default_factory=list)


@dataclass
class SensorReading:
    sensor_id: str
    bin_code: str
    temperature_c: float
    humidity_pct: float
    read_at: datetime
    battery_pct: int = 100


@dataclass(frozen=True)
class CellarSettings:
    db_path: str = "cellar.db"
    sensor_gateway_url: str = "http://192.168.1.40:8080"
    gateway_password: str = ""
    alert_email: str = ""
    target_temp_c: float = 12.5
