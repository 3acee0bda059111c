from datetime import datetime
from typing import NamedTuple

import attrs
from attrs import define, field


class GpsFix(NamedTuple):
    lat: float
    lon: float
    speed_kmh: float
    heading: int
    fix_time: datetime


class StopEvent(NamedTuple):
    fleet_number: str
    stop_code: str
    arrived_at: datetime
    departed_at: datetime
    boardings: int
    alightings: int


@define
class Vehicle:
    fleet_number: str
    registration: str
    depot: str
    make_model: str
    euro_class: int = 6
    seats: int = 41
    wheelchair_spaces: int = 1
    odometer_km: int = 0


@define
class TelemetryPacket:
    fleet_number: str
    received_at: datetime
    fix: GpsFix
    fuel_pct: float
    coolant_temp_c: float
    door_open: bool = False
    passenger_count: int = 0
    modem_imei: str = ""
    can_errors: list[str] = field(factory=list)


@define
class DriverShift:
    driver_id: str
    driver_pin: str = field(repr=False)
    fleet_number: str = ""
    duty_number: str = ""
    signed_on_at: datetime | None = None
    signed_off_at: datetime | None = None
    harsh_braking_events: int = 0


@attrs.define
class CctvDownload:
    fleet_number: str
    camera: str = attrs.field(validator=attrs.validators.in_(["front", "saloon", "rear", "cab"]))
    from_ts: datetime = attrs.field(kw_only=True)
    to_ts: datetime = attrs.field(kw_only=True)
    incident_ref: str = attrs.field(kw_only=True)
    requested_by: str = attrs.field(kw_only=True)
    reason: str = attrs.field(kw_only=True, default="")
