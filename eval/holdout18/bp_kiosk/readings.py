from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple


class Reading(NamedTuple):
    kiosk_id: str
    taken_at: datetime
    systolic: int
    diastolic: int
    pulse: int
    irregular_heartbeat: bool
    cuff_size: str = "standard"


@dataclass
class KioskUser:
    loyalty_card_number: str
    year_of_birth: int | None = None
    sex: str | None = None
    on_bp_medication: bool = False
    smoker: bool = False
    consent_share_with_pharmacist: bool = False
    last_reading_at: datetime | None = None
    readings: list[Reading] = field(default_factory=list)


@dataclass
class Kiosk:
    kiosk_id: str
    pharmacy_name: str
    pharmacy_address: str
    postcode: str
    firmware_version: str
    last_calibrated: datetime | None = None
    cuff_serial: str | None = None
    mac_address: str | None = None
    sim_iccid: str | None = None


@dataclass
class Referral:
    reading: Reading
    band: str
    see_gp_within_days: int
    pharmacist_name: str
    gp_practice: str | None = None
    user: KioskUser | None = None
    referred_at: datetime = field(default_factory=datetime.utcnow)
