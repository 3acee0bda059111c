from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Optional


@dataclass(slots=True)
class PlateRead:
    read_id: str
    camera_id: str
    vrm: str
    confidence: float
    captured_at: datetime
    lane: int = 1
    direction: str = "approach"
    vehicle_make: Optional[str] = None
    vehicle_colour: Optional[str] = None
    overview_image: Optional[bytes] = field(default=None, repr=False)
    plate_patch: Optional[bytes] = field(default=None, repr=False)
    gps_lat: Optional[float] = None
    gps_lon: Optional[float] = None


@dataclass
class KeeperLookup:
    """Registered keeper details returned by the vehicle licensing agency."""

    vrm: str
    keeper_name: str
    keeper_address: str
    keeper_postcode: str
    make: str
    model: str
    colour: str
    tax_status: str
    mot_expiry: Optional[str] = None
    requested_by: str = ""


@dataclass
class AuditEntry:
    operator: str
    action: str
    vrm_searched: Optional[str]
    justification: str
    client_ip: str
    at: datetime = field(default_factory=datetime.utcnow)
