from datetime import datetime

import attrs


@attrs.define
class PositionPing:
    paddler_id: int = attrs.field()
    lat: float = attrs.field()
    lon: float = attrs.field()
    recorded_at: datetime = attrs.field()
    battery_pct: int = attrs.field(default=100)
    device_id: str = attrs.field(default="")


@attrs.frozen
class SafetyCheckIn:
    trip_id: int
    paddler_id: int
    checked_in: bool
    at: datetime


@attrs.define(kw_only=True)
class TrackerSettings:
    tracker_api_url: str = "https://tracking.example.net/v2"
    tracker_api_key: str = attrs.field(repr=False)
    sms_sender_id: str = "KAYAKCLUB"
    duty_phone: str = ""
    alert_after_minutes: int = 45
