from dataclasses import dataclass
from datetime import datetime
from typing import Optional


@dataclass
class Venue:
    name: str
    lake: str
    car_park_postcode: str
    start_lat: float
    start_lng: float
    water_temp_c: Optional[float] = None
    lifeguard_contractor: str = ""


@dataclass
class Wave:
    wave_id: str
    distance: str
    start_time: datetime
    cap_colour: str
    max_swimmers: int = 150


@dataclass
class CheckIn:
    race_number: int
    checked_in_at: datetime
    timing_chip_id: str
    swim_hat_issued: bool = True
    exited_at: Optional[datetime] = None


@dataclass
class RescueIncident:
    race_number: int
    reported_at: datetime
    kayak_call_sign: str
    gps_lat: float
    gps_lng: float
    condition: str
    treated_by: str
    hospital_transfer: bool = False
    narrative: str = ""


@dataclass
class Marshal:
    name: str
    mobile: str
    station: str
    first_aid_qualified: bool = False
    tshirt_size: str = "M"
