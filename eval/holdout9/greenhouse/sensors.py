from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field


class SensorKind(str, Enum):
    AIR_TEMP = "air_temp"
    HUMIDITY = "humidity"
    CO2 = "co2"
    SOIL_MOISTURE = "soil_moisture"
    PAR = "par"


class Zone(BaseModel):
    zone_id: str
    name: str
    crop: str
    area_m2: float = Field(gt=0)
    target_temp_c: float
    target_humidity_pct: float = Field(ge=0, le=100)


class Sensor(BaseModel):
    model_config = ConfigDict(frozen=True)

    sensor_id: str
    kind: SensorKind
    zone_id: str
    mac_address: str
    firmware: str
    installed_on: date
    x_m: float
    y_m: float
    battery_mv: int | None = None


class Reading(BaseModel):
    sensor_id: str
    ts: datetime
    value: float
    unit: str
    quality: int = Field(default=0, description="0 good, 1 suspect, 2 bad")


class Alert(BaseModel):
    alert_id: str
    zone_id: str
    rule: str
    severity: int = Field(ge=1, le=3)
    triggered_at: datetime
    age_minutes: int = 0
    acknowledged_by: str | None = None
    acknowledged_at: datetime | None = None
    note: str | None = None


class OnCallSlot(BaseModel):
    week_starting: date
    grower_name: str
    mobile: str
    backup_mobile: str | None = None


class WaterUsage(BaseModel):
    zone_id: str
    day: date
    usage: float = Field(description="litres")
    ec_ms_cm: float
    ph: float
