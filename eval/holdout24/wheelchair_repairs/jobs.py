from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import TypedDict

from pydantic import BaseModel, Field


class EngineerVisit(BaseModel):
    job_number: str
    engineer_id: int
    van_registration: str
    scheduled_window_start: datetime
    scheduled_window_end: datetime
    parts_used: list[str] = Field(default_factory=list)
    labour_minutes: int = 0
    fixed_first_time: bool | None = None
    engineer_notes: str = ""
    user_signature_svg: str | None = None


class EngineerLocation(TypedDict):
    engineer_id: int
    lat: float
    lng: float
    recorded_at: str
    heading: int


class PartsOrder(BaseModel):
    part_number: str
    description: str
    supplier: str
    supplier_email: str
    quantity: int = 1
    unit_cost: Decimal
