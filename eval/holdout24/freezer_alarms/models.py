from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from uuid import UUID

from pydantic import BaseModel, Field


class AlarmState(str, Enum):
    OK = "ok"
    HIGH = "high"
    LOW = "low"
    DOOR_OPEN = "door_open"
    SENSOR_FAULT = "sensor_fault"
    POWER_LOSS = "power_loss"


class Freezer(BaseModel):
    asset_id: str
    name: str
    room: str
    model: str
    setpoint_c: float = Field(default=-80.0)
    high_limit_c: float = -65.0
    low_limit_c: float = -90.0
    probe_serial: str
    contents_summary: str = ""
    owner_group: str


class Reading(BaseModel):
    asset_id: str
    ts: datetime
    temp_c: float
    door_open: bool = False
    mains_ok: bool = True
    battery_pct: int | None = Field(default=None, ge=0, le=100)


class AlarmEvent(BaseModel):
    id: UUID
    asset_id: str
    state: AlarmState
    raised_at: datetime
    acknowledged_by: str | None = None
    acknowledged_at: datetime | None = None
    action_taken: str | None = None


class SampleBox(BaseModel):
    box_id: str
    asset_id: str
    rack: int
    shelf: int
    label: str
    deposited_by: str
    age_days: int = 0


class OnCallEntry(BaseModel):
    name: str
    phone: str
    email: str
    week_starting: date
    escalation_order: int = 1
