"""Request and response bodies of the public API (Pydantic v2)."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Annotated, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, EmailStr, Field, SecretStr


class RideType(str, Enum):
    STANDARD = "standard"
    XL = "xl"
    ACCESS = "access"


class LatLng(BaseModel):
    lat: Annotated[float, Field(ge=-90, le=90)]
    lng: Annotated[float, Field(ge=-180, le=180)]


class RiderSignup(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    display_name: str = Field(min_length=1, max_length=60)
    email: EmailStr
    phone: str
    password: SecretStr
    promo_code: str | None = None
    accept_terms: bool


class RiderProfile(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: UUID
    display_name: str
    email: EmailStr
    member_since: datetime


class RideRequest(BaseModel):
    pickup: LatLng
    dropoff: LatLng
    dropoff_address: str | None = None
    ride_type: RideType = RideType.STANDARD
    passengers: int = Field(default=1, ge=1, le=6)
    note_for_driver: str | None = Field(default=None, max_length=200)
    payment_method_id: str


class FareQuote(BaseModel):
    quote_id: UUID
    ride_type: RideType
    fare_low_pence: int
    fare_high_pence: int
    eta_seconds: int
    expires_at: datetime


class DriverLocationPing(BaseModel):
    driver_id: UUID
    position: LatLng
    recorded_at: datetime


class TripReceipt(BaseModel):
    trip_id: UUID
    driver_first_name: str
    fare_pence: int
    tip_pence: int = 0
    card_last4: str
    card_brand: Literal["visa", "mastercard", "amex"]


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = 3600
