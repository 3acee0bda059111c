"""GPS wristbands for people living with dementia, and the family carers who get the alerts."""
from __future__ import annotations

from datetime import date, datetime, time
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, EmailStr, Field, HttpUrl


class Wearer(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: UUID
    name: str
    date_of_birth: date | None = None
    home_address: str
    home_lat: float
    home_lon: float
    diagnosis: str | None = None
    medications: list[str] = Field(default_factory=list)
    photo_url: HttpUrl | None = None
    wandering_risk: Literal["low", "medium", "high"] = "medium"
    band_imei: str = Field(min_length=15, max_length=15)
    carer_ids: list[UUID] = Field(default_factory=list)


class Carer(BaseModel):
    id: UUID
    name: str
    relationship: str | None = None
    phone: str
    email: EmailStr | None = None
    push_token: str | None = None
    sms_alerts: bool = True


class LocationFix(BaseModel):
    imei: str
    fix_time: datetime
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    accuracy_m: float | None = None
    battery_pct: int = Field(ge=0, le=100)
    source: Literal["gps", "wifi", "cell"] = "gps"
    wifi_bssid: str | None = None
    cell_id: str | None = None


class SafeZone(BaseModel):
    wearer_id: UUID
    centre_lat: float
    centre_lon: float
    radius_m: int = 250
    active_from: time | None = None
    active_to: time | None = None


class Alert(BaseModel):
    id: UUID
    wearer_id: UUID
    kind: Literal["left_zone", "sos", "fall", "low_battery", "band_removed"]
    triggered_at: datetime
    acknowledged_by: UUID | None = None
    note: str | None = None


class FirmwareRelease(BaseModel):
    version: str
    released: date
    sha256: str
    min_battery_pct: int = 40
