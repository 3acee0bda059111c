"""Domain objects of the smart-home hub: devices, telemetry and the household."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import ClassVar


class DeviceKind(enum.Enum):
    THERMOSTAT = "thermostat"
    PLUG = "plug"
    BULB = "bulb"
    LOCK = "lock"
    CAMERA = "camera"
    SENSOR = "sensor"


@dataclass(frozen=True)
class Firmware:
    version: str
    build: int
    sha256: str
    release_notes_url: str
    mandatory: bool = False


@dataclass
class Device:
    device_uid: str
    kind: DeviceKind
    room: str
    friendly_name: str
    mac: str
    firmware_version: str
    zigbee_channel: int | None = None
    battery_pct: int | None = None
    rssi_dbm: int | None = None
    paired_at: datetime | None = None
    online: bool = True


@dataclass(frozen=True)
class TelemetryPoint:
    device_uid: str
    metric: str
    value: float
    unit: str
    ts: datetime


@dataclass
class ThermostatSchedule:
    MIN_TEMP_C: ClassVar[float] = 5.0
    MAX_TEMP_C: ClassVar[float] = 30.0

    device_uid: str
    weekday: int
    start: time
    target_temp_c: float
    eco_mode: bool = False


@dataclass
class Household:
    household_id: str
    owner_user_id: str
    owner_email: str
    timezone: str
    latitude: float | None = None
    longitude: float | None = None
    wifi_bssid: str | None = None
    occupants: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PresenceEvent:
    household_id: str
    user_id: str
    phone_device_id: str
    at: datetime


@dataclass(frozen=True)
class DoorbellClip:
    clip_id: str
    device_uid: str
    started_at: datetime
    duration_s: float
    storage_url: str
    faces_detected: int = 0
    retention_days: int = 30


@dataclass
class EnergyTariff:
    supplier: str
    unit_rate_p: float
    standing_charge_p: float
    off_peak_start: time | None = None
    off_peak_rate_p: float | None = None
