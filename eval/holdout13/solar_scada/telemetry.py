from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import NamedTuple, Optional
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field


class AlarmSeverity(IntEnum):
    INFO = 0
    WARNING = 1
    CRITICAL = 2


class InverterReading(BaseModel):
    model_config = ConfigDict(frozen=True)

    inverter_id: str
    timestamp: datetime
    ac_power_kw: float
    dc_voltage: float
    temperature_c: float
    status_code: int = 0


class MetStation(BaseModel):
    station_id: str
    latitude: float
    longitude: float
    irradiance_wm2: float = Field(ge=0)
    wind_speed_ms: float = Field(ge=0)
    ambient_temp_c: float


class AlarmEvent(BaseModel):
    alarm_id: UUID
    source_device: str
    severity: AlarmSeverity
    message: str
    acknowledged_by: Optional[str] = None
    acknowledged_at: Optional[datetime] = None


class StringCurrent(NamedTuple):
    combiner_box: str
    string_index: int
    amps: float


@dataclass
class Site:
    site_code: str
    name: str
    address: str
    grid_connection_ref: str
    export_limit_mw: float
    latitude: float
    longitude: float
    dno_contact_email: str = "control.room@dno.example"


@dataclass
class OnCallEngineer:
    name: str
    mobile: str
    rota_week: int
