from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class SensorReading:
    fridge_id: int
    temperature_c: float
    door_open_count: int
    battery_pct: int
    recorded_at: datetime = field(default_factory=datetime.utcnow)


@dataclass
class VolunteerSlot:
    volunteer_name: str
    volunteer_phone: str
    fridge_name: str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class DonationReceipt:
    donor_business: str
    items: int
    weight_kg: float
    received_by: str
    signature_png: bytes = b""
