from datetime import date, datetime
from typing import NamedTuple


class ShiftRow(NamedTuple):
    payroll_number: str
    name: str
    site: str
    clock_in: datetime
    clock_out: datetime | None
    paid_minutes: int


class ExceptionRow(NamedTuple):
    payroll_number: str
    day: date
    issue: str  # "missed clock-out", "outside geofence", "early start"
    resolved: bool = False


class TerminalHealth(NamedTuple):
    serial: str
    site: str
    last_heartbeat: datetime | None
    queued_events: int
    firmware: str


class PayrollExportLine(NamedTuple):
    payroll_number: str
    pay_code: str  # BASIC, OT15, SSP
    hours: float
    rate: float
