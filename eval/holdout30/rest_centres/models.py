from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from uuid import UUID, uuid4

from pydantic import BaseModel, ConfigDict, Field


class CentreState(str, Enum):
    STANDBY = "standby"
    OPEN = "open"
    CLOSING = "closing"
    CLOSED = "closed"


class Evacuee(BaseModel):
    first_name: str = Field(max_length=60)
    last_name: str = Field(max_length=60)
    date_of_birth: date | None = None
    mobile: str | None = Field(default=None, pattern=r"^\+?[0-9 ]{10,15}$")
    needs_medication: bool = False
    medication_details: str | None = Field(default=None, max_length=500)
    mobility_aid: str | None = None
    dietary_requirements: str | None = None
    language: str = "en"
    is_unaccompanied_child: bool = False


class Household(BaseModel):
    model_config = ConfigDict(extra="forbid")

    household_ref: str
    home_address: str
    postcode: str = Field(max_length=8)
    members: list[Evacuee] = Field(min_length=1)
    pets: int = 0
    insurer: str | None = None
    vehicle_registration: str | None = None


class Registration(BaseModel):
    registration_id: UUID = Field(default_factory=uuid4)
    centre_code: str
    household: Household
    arrived_at: datetime
    departed_at: datetime | None = None
    onward_address: str | None = None
    bed_number: str | None = None
    staff_initials: str = Field(min_length=2, max_length=4)


class CentreStatus(BaseModel):
    centre_code: str
    name: str
    address: str
    state: CentreState = CentreState.STANDBY
    capacity: int
    occupancy: int = 0
    manager_on_duty: str | None = None
    duty_phone: str
