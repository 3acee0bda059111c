from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum
from typing import NamedTuple, Optional


class Subsystem(IntEnum):
    EPS = 1
    ADCS = 2
    COMMS = 3
    PAYLOAD = 4
    OBC = 5


class StateVector(NamedTuple):
    epoch: datetime
    x_km: float
    y_km: float
    z_km: float
    vx_km_s: float
    vy_km_s: float
    vz_km_s: float


@dataclass(frozen=True)
class TelemetryFrame:
    spacecraft_id: int
    sequence: int
    subsystem: Subsystem
    onboard_time: datetime
    received_at: datetime
    ground_station: str
    payload: bytes
    crc_ok: bool = True


@dataclass
class PowerStatus:
    battery_voltage: float
    battery_temp_c: float
    solar_current_ma: float
    state_of_charge: float
    heaters_on: list[str] = field(default_factory=list)


@dataclass
class Pass:
    ground_station: str
    aos: datetime
    los: datetime
    max_elevation_deg: float
    operator_on_console: Optional[str] = None
    notes: str = ""
