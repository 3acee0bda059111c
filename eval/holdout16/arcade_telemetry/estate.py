from datetime import date, datetime
from decimal import Decimal
from typing import Optional

import attr
from attrs import define, field


@define
class Site:
    site_id: str
    name: str
    address: str
    postcode: str
    latitude: float
    longitude: float
    operator_contact_email: str
    operator_phone: str


@define
class Machine:
    serial: str
    cabinet_model: str
    site_id: str
    firmware: str
    ip_address: Optional[str] = None
    mac_address: Optional[str] = None
    installed_on: Optional[date] = None
    age_days: int = 0
    operator_company: Optional[str] = field(default=None)


@attr.s(auto_attribs=True)
class HighScore:
    machine_serial: str
    rank: int
    initials: str
    score: int
    achieved_at: datetime


@attr.s
class CashCollection:
    site_id = attr.ib(type=str)
    collected_at = attr.ib(type=datetime)
    coin_total = attr.ib(type=Decimal)
    note_total = attr.ib(type=Decimal, default=Decimal("0"))
    collector_badge = attr.ib(type=str, default="")


@define
class FaultTicket:
    machine_serial: str
    code: int
    description: str
    engineer_name: Optional[str] = None
    engineer_mobile: Optional[str] = None
    resolved: bool = False


@define
class TelemetrySettings:
    mqtt_host: str = "mqtt.arcade.internal"
    mqtt_username: str = "telemetry"
    mqtt_password: str = ""
    service_password: str = ""
    ingest_token: str = ""
