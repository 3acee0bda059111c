from dataclasses import dataclass, field
from datetime import datetime, time


@dataclass
class VentCommand:
    zone_id: str
    opening_pct: int
    reason: str
    issued_at: datetime
    requested_by: str | None = None  # grower's login when it is a manual override


@dataclass
class IrrigationSchedule:
    zone_id: str
    start: time
    duration_s: int
    litres: float
    recipe: str = "standard"
    days: list[str] = field(default_factory=lambda: ["mon", "wed", "fri"])


@dataclass
class ControllerStatus:
    controller_id: str
    ip_address: str
    uptime_s: int
    last_seen: datetime
    service_password_rotated: bool = False
