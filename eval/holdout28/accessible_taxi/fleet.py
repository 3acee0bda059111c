from datetime import date, datetime
from typing import Optional

import attr
import attrs


@attrs.define
class Vehicle:
    reg: str
    make_model: str
    ramp_type: str
    wheelchair_spaces: int
    council_plate: str
    mot_due: date
    tracker_imei: Optional[str] = None


@attrs.define
class Driver:
    driver_id: int
    name: str
    badge_number: str
    phone: str
    midas_trained: bool = False
    current_lat: Optional[float] = attrs.field(default=None)
    current_lng: Optional[float] = attrs.field(default=None)
    on_shift: bool = attrs.field(default=False)


@attr.s
class DispatchOffer:
    booking_id = attr.ib()
    driver_id = attr.ib()
    offered_at = attr.ib(factory=datetime.utcnow)
    accepted = attr.ib(default=None)
    eta_minutes = attr.ib(default=None)
