from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum


class BoothState(Enum):
    IN_SERVICE = "in_service"
    OUT_OF_ORDER = "out_of_order"
    AWAITING_ENGINEER = "awaiting_engineer"
    DECOMMISSIONED = "decommissioned"


@dataclass
class Booth:
    serial: str
    site_name: str
    site_postcode: str
    lat: float
    lng: float
    camera_model: str = "Canon EOS M200"
    firmware: str = "4.12.0"
    state: BoothState = BoothState.IN_SERVICE
    last_heartbeat: datetime | None = None
    coin_box_level_pct: int = 0
    paper_remaining: int = 0


@dataclass
class FaultReport:
    booth_serial: str
    code: str
    raised_at: datetime
    engineer_name: str | None = None
    engineer_mobile: str | None = None
    notes: list[str] = field(default_factory=list)
