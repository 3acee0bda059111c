from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class PitchType(str, Enum):
    TENT = "tent"
    CARAVAN = "caravan"
    MOTORHOME = "motorhome"
    GLAMPING_POD = "pod"


class Pitch(BaseModel):
    code: str
    pitch_type: PitchType
    electric_hookup: bool = False
    max_guests: int = Field(ge=1, le=8)
    nightly_rate: Decimal
    latitude: float
    longitude: float


class LeadGuest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    first_name: str = Field(min_length=1, max_length=60)
    last_name: str = Field(min_length=1, max_length=60)
    email: EmailStr
    phone: str = Field(pattern=r"^\+?[0-9 ]{10,15}$")
    postcode: str = Field(max_length=8)
    vehicle_registration: str | None = Field(default=None, max_length=8)


class PartyMember(BaseModel):
    first_name: str
    age: int = Field(ge=0, le=120)


class BookingRequest(BaseModel):
    pitch_code: str
    arrival: date
    departure: date
    lead_guest: LeadGuest
    party: list[PartyMember] = Field(default_factory=list, max_length=7)
    dogs: int = Field(default=0, ge=0, le=2)
    accessibility_needs: str | None = None
    arrival_eta: time | None = None
    promo_code: str | None = None
    newsletter: bool = False


class BookingConfirmation(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    reference: str
    pitch_code: str
    total_price: Decimal
    balance_due: Decimal
    lead_guest_name: str


class CheckIn(BaseModel):
    reference: str
    arrived_at: datetime
    vehicle_registration: str
    staff_initials: str


class ReviewIn(BaseModel):
    booking_reference: str
    stars: int = Field(ge=1, le=5)
    title: str = Field(max_length=80)
    body: str = Field(max_length=2000)
    display_name: str = Field(max_length=40)
