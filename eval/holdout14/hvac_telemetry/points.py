from datetime import datetime
from enum import IntEnum
from typing import NamedTuple, Optional


class Severity(IntEnum):
    INFO = 0
    LOW = 1
    HIGH = 2
    CRITICAL = 3


class Reading(NamedTuple):
    point_id: str
    ts: datetime
    value: float
    unit: str
    quality: str = "good"


class Alarm(NamedTuple):
    alarm_id: str
    point_id: str
    severity: Severity
    raised_at: datetime
    acknowledged_by: Optional[str] = None
    ack_note: Optional[str] = None


class MeterInterval(NamedTuple):
    meter_id: str
    site_code: str
    period_start: datetime
    usage: float
    unit: str = "kWh"
