from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from attrs import define


class ThermocoupleReading(NamedTuple):
    firing_id: str
    at: datetime
    temp_c: float
    setpoint_c: float
    output_pct: int


@define
class ControllerStatus:
    controller_mac: str
    firmware: str
    ip_address: str
    uptime_s: int
    error_code: str | None = None
    last_seen: datetime | None = None


@define
class ElementWear:
    kiln_id: str
    measured_on: date
    resistance_ohms: float
    usage: float
    replace_recommended: bool = False
