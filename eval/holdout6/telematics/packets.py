from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import attrs


@dataclass(frozen=True, slots=True)
class GpsFix:
    vehicle_id: str
    lat: float
    lon: float
    speed_kph: float
    heading: int
    hdop: float
    recorded_at: dt.datetime


@attrs.define
class TelemetryPacket:
    device_imei: str
    firmware: str
    odometer_km: int
    fuel_level_pct: float | None
    ignition_on: bool
    battery_voltage: float
    fix: GpsFix | None = None
    received_at: dt.datetime = attrs.field(factory=lambda: dt.datetime.now(dt.UTC))


@attrs.frozen
class HarshEvent:
    rental_id: str
    kind: str
    g_force: float
    occurred_at: dt.datetime
    lat: float
    lon: float


@attrs.define(slots=True)
class Geofence:
    name: str
    centre_lat: float
    centre_lon: float
    radius_m: int = 500
    alert_email: str = "fleet-alerts@example.com"
    active: bool = True
