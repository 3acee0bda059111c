"""Request and response bodies of the student accommodation API."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, HttpUrl


class Building(BaseModel):
    model_config = ConfigDict(frozen=True)

    code: str = Field(max_length=6)
    name: str
    address_line_1: str
    city: str
    postcode: str
    warden_name: str
    warden_phone: str
    floors: int = 1
    has_lift: bool = False


class Room(BaseModel):
    building_code: str
    room_number: str
    band: Literal["standard", "ensuite", "studio"] = "standard"
    weekly_rent: Decimal
    accessible: bool = False
    gender_flat: Literal["mixed", "female", "male"] = "mixed"


class ApplicantIn(BaseModel):
    student_number: str = Field(pattern=r"^\d{8}$")
    given_name: str
    family_name: str
    preferred_name: str | None = None
    email: EmailStr
    mobile: str
    date_of_birth: date
    home_address: str
    domicile: str = Field(description="Country of permanent residence")
    course: str
    year_of_study: int = Field(ge=1, le=7)
    medical_needs: str | None = None
    requires_adapted_room: bool = False
    smoker: bool = False
    guarantor_name: str | None = None
    guarantor_email: EmailStr | None = None


class ResidentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    room: Room
    full_name: str
    licence_start: date
    licence_end: date
    arrears: Decimal = Decimal("0.00")
    status: Literal["current", "left", "evicted"]


class MaintenanceRequest(BaseModel):
    room_number: str
    category: Literal["heating", "plumbing", "electrical", "furniture", "other"]
    description: str = Field(max_length=2000)
    reported_by: int
    permission_to_enter: bool = True
    priority: int = 3
    photo_url: HttpUrl | None = None
