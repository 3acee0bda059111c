from datetime import date, datetime

import attr
from attrs import define, field, frozen


@define
class Sensor:
    dev_eui: str
    model: str
    room_id: str
    install_date: date
    mounted_height_m: float = 1.5
    firmware: str = ""
    app_key: str = field(default="", repr=False)
    battery_pct: int | None = None
    last_uplink: datetime | None = None


@define
class Gateway:
    gateway_id: str
    latitude: float
    longitude: float
    backhaul: str = "ethernet"
    ip_address: str | None = None


@attr.s
class Room:
    room_id = attr.ib()
    name = attr.ib()
    floor = attr.ib()
    area_m2 = attr.ib(default=None)
    capacity = attr.ib(default=None)
    setpoint_c = attr.ib(default=21.0)


@frozen
class AlertRule:
    metric: str
    threshold: float
    duration_s: int = 600
    notify_channel: str = "#estates-alerts"
    escalation_email: str = "estates-oncall@example.ac.uk"
