from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Optional


@dataclass
class Site:
    site_code: str
    name: str
    address: str
    postcode: str
    lat: float
    lon: float
    timezone: str = "Europe/London"
    facilities_contact_email: str = ""
    on_call_engineer: Optional[str] = None
    on_call_mobile: Optional[str] = None


@dataclass
class AirHandlingUnit:
    unit_id: str
    site_code: str
    manufacturer: str
    model: str
    serial_number: str
    commissioned: date
    firmware: str = "unknown"
    supply_air_setpoint_c: float = 18.0
    fan_speed_pct: int = 0
    filter_pressure_pa: float = 0.0


@dataclass
class ZoneOccupancy:
    zone: str
    co2_ppm: int
    occupancy_count: int
    occupied: bool
    override_until: Optional[datetime] = None


@dataclass
class ThermostatOverride:
    zone: str
    requested_temp_c: float
    requested_by_badge: str
    comment: str = ""
    requested_at: datetime = field(default_factory=datetime.utcnow)
