from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

import attr
from attrs import define


class TurbineState(Enum):
    RUNNING = 1
    IDLE = 2
    CURTAILED = 3
    FAULT = 4
    MAINTENANCE = 5


@define
class Turbine:
    serial: str
    model: str
    site_code: str
    latitude: float
    longitude: float
    hub_height_m: float
    rated_kw: int
    commissioned_on: date
    landowner_name: str = ""
    landowner_phone: str = ""


@dataclass
class SiteConfig:
    site_code: str
    grid_connection_mw: float
    scada_host: str
    scada_port: int = 502
    scada_username: str = "scada"
    scada_password: str = ""
    curtailment_limit_kw: int | None = None
    timezone: str = "Europe/London"


@dataclass
class MaintenanceVisit:
    turbine_serial: str
    scheduled_for: date
    contractor: str
    technician_name: str
    technician_gwo_id: str | None = None
    climb_completed: bool = False
    work_summary: str = ""
    parts_used: list[str] = field(default_factory=list)


@attr.s(auto_attribs=True)
class ShadowFlickerComplaint:
    received_on: date
    resident_name: str
    resident_address: str
    description: str
    turbine_serial: str | None = None
