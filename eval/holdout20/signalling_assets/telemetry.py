from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple


class PointMachineReading(NamedTuple):
    asset_number: str
    sampled_at: datetime
    swing_time_ms: int
    peak_current_a: float
    direction: str


@dataclass
class TrackCircuitStatus:
    asset_number: str
    occupied: bool
    voltage: float
    healthy: bool
    last_change: datetime


@dataclass
class RemoteConditionMonitorConfig:
    host: str
    port: int = 502
    username: str = "rcm-poller"
    service_password: str = ""
    poll_interval_s: int = 30
    alarm_email: str = "signalling-control@rail.example"


@dataclass
class WorkOrder:
    asset_number: str
    task: str
    due_by: date
    assigned_to: str | None = None
    estimated_hours: float = 1.0
