from datetime import datetime
from typing import NamedTuple

from attrs import field, frozen

from .assets import TurbineState


@frozen
class ScadaSample:
    turbine_serial: str
    sampled_at: datetime
    wind_speed_ms: float
    rotor_rpm: float
    power_kw: float
    pitch_deg: float
    yaw_deg: float
    nacelle_temp_c: float
    state: TurbineState = field(default=TurbineState.RUNNING)


class Alarm(NamedTuple):
    code: int
    turbine_serial: str
    raised_at: datetime
    severity: str
    text: str
    acknowledged_by: str | None = None


class DailyYield(NamedTuple):
    site_code: str
    day: str
    energy_mwh: float
    availability_pct: float
    usage: float
