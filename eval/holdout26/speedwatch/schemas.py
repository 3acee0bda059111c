"""Community Speedwatch: volunteer teams log speeding vehicles for police advisory letters."""
from __future__ import annotations

from datetime import date, datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class Volunteer(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    volunteer_id: UUID
    full_name: str
    email: EmailStr
    phone: str | None = None
    home_postcode: str = Field(max_length=10)
    team_id: int
    trained_on: date | None = None


class Site(BaseModel):
    site_id: int
    road_name: str
    town: str
    latitude: float
    longitude: float
    speed_limit_mph: Literal[20, 30, 40]
    approved_by_police: bool = False


class SpeedSession(BaseModel):
    session_id: str
    site_id: int
    started_at: datetime
    ended_at: datetime | None = None
    volunteers: list[UUID] = Field(min_length=3)
    device_serial: str
    calibration_due: date
    weather: str | None = None


class Observation(BaseModel):
    observed_at: datetime
    vrm: str = Field(pattern=r"^[A-Z0-9 ]{2,8}$", description="Vehicle registration mark")
    make: str | None = None
    model: str | None = None
    colour: str | None = None
    vehicle_type: Literal["car", "van", "hgv", "motorcycle", "bus"] = "car"
    speed_mph: int = Field(gt=0, lt=150)
    direction: Literal["north", "south", "east", "west"]
    driver_on_phone: bool = False


class LetterRequest(BaseModel):
    vrm: str
    observations: list[Observation]
    keeper_name: str | None = None
    keeper_address: str | None = None
    template_name: str = "first_advisory"


class ResidentConcern(BaseModel):
    reporter_name: str
    reporter_email: EmailStr
    reporter_postcode: str
    road_of_concern: str
    description: str = Field(max_length=2000)
    happy_to_volunteer: bool = False
