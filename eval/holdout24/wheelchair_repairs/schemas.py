from __future__ import annotations

from datetime import date
from enum import Enum, IntEnum

from pydantic import BaseModel, ConfigDict, Field


class FaultCategory(str, Enum):
    PUNCTURE = "puncture"
    BATTERY = "battery"
    CONTROLLER = "controller"
    BRAKES = "brakes"
    SEATING = "seating"
    OTHER = "other"


class Urgency(IntEnum):
    STRANDED = 1
    URGENT = 2
    ROUTINE = 3


class Chair(BaseModel):
    serial_number: str
    make: str
    model: str
    powered: bool
    issued_on: date
    seat_width_mm: int
    custom_seating: bool = False
    battery_type: str | None = None


class ServiceUser(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    service_user_id: str
    nhs_number: str = Field(pattern=r"^\d{10}$")
    name: str
    date_of_birth: date
    address: str
    postcode: str
    phone: str
    carer_phone: str | None = None
    diagnosis: str | None = None
    weight_kg: float | None = None
    chairs: list[Chair] = Field(default_factory=list)


class RepairRequest(BaseModel):
    service_user_id: str
    chair_serial: str
    category: FaultCategory
    urgency: Urgency = Urgency.ROUTINE
    description: str = Field(max_length=2000)
    user_is_stranded: bool = False
    current_location: str | None = None
    access_instructions: str | None = None
    reported_by: str
    reporter_phone: str
