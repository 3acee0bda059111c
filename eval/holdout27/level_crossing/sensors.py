from datetime import datetime
from enum import IntEnum
from typing import Optional

import attrs
from attrs import define, field


class BarrierState(IntEnum):
    RAISED = 0
    LOWERING = 1
    LOWERED = 2
    RAISING = 3
    FAULT = 9


@define
class Crossing:
    crossing_id: str
    name: str
    line_ref: str
    mileage: str
    lat: float
    lon: float
    crossing_type: str = "MCB-OD"
    road_name: Optional[str] = None
    local_authority: Optional[str] = None


@define
class SensorReading:
    crossing_id: str
    sensor_id: str
    recorded_at: datetime
    barrier_state: BarrierState
    obstacle_detected: bool = False
    radar_confidence: float = field(default=0.0)
    train_approaching: bool = False


@attrs.frozen
class ObstacleEvent:
    crossing_id: str
    detected_at: datetime
    duration_s: float
    image_ref: Optional[str] = None
    vehicle_reg_read: Optional[str] = None
    reported_to_police: bool = False
