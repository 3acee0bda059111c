"""Airport special assistance (PRM) bookings and agent tasks."""
from datetime import datetime
from enum import Enum
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class SsrCode(str, Enum):
    WCHR = "WCHR"
    WCHS = "WCHS"
    WCHC = "WCHC"
    BLND = "BLND"
    DEAF = "DEAF"
    DPNA = "DPNA"
    MAAS = "MAAS"


class TaskStatus(str, Enum):
    PENDING = "pending"
    ASSIGNED = "assigned"
    WITH_PASSENGER = "with_passenger"
    HANDED_OVER = "handed_over"
    COMPLETE = "complete"


class MobilityAid(BaseModel):
    aid_type: Literal["manual_wheelchair", "powered_wheelchair", "scooter", "walking_frame"]
    battery_type: Literal["dry", "wet", "lithium"] | None = None
    weight_kg: float | None = Field(None, gt=0, le=250)
    folded_dimensions_cm: str | None = None


class Passenger(BaseModel):
    title: str | None = None
    first_name: str = Field(..., max_length=60)
    last_name: str = Field(..., max_length=60)
    email: EmailStr
    mobile: str
    ssr_codes: list[SsrCode] = Field(..., min_length=1)
    mobility_aid: MobilityAid | None = None
    assistance_dog: bool = False
    needs_description: str | None = Field(None, max_length=1000)
    preferred_language: str = "en"


class AssistanceBooking(BaseModel):
    model_config = ConfigDict(use_enum_values=True)

    booking_ref: str = Field(..., pattern=r"^[A-Z0-9]{6}$")
    passenger: Passenger
    flight_number: str
    departure_airport: str = Field(..., min_length=3, max_length=3)
    arrival_airport: str = Field(..., min_length=3, max_length=3)
    scheduled_departure: datetime
    companion_name: str | None = None
    created_via: Literal["airline", "airport_web", "phone"] = "airline"


class AgentTask(BaseModel):
    task_id: UUID
    booking_ref: str
    agent_id: int | None = None
    status: TaskStatus = TaskStatus.PENDING
    gate: str | None = None
    buggy_number: str | None = None
    handed_over_to: str | None = None
    handover_at: datetime | None = None
