"""Booking payloads of a tour operator's API (pydantic v1 style)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel, EmailStr, constr, validator


class Airport(BaseModel):
    iata: constr(min_length=3, max_length=3)
    name: str
    city: str
    country_code: str
    utc_offset_minutes: int


class FlightSegment(BaseModel):
    carrier: str
    flight_number: str
    origin: str
    destination: str
    departs_at: datetime
    arrives_at: datetime
    cabin: str = "economy"
    fare_basis: str | None = None


class TravellerIn(BaseModel):
    given_names: str
    surname: str
    born_on: date
    sex: constr(regex="^[MFX]$")
    nationality: str
    passport_number: str
    passport_issuing_country: str
    passport_expiry: date
    known_traveller_number: str | None = None
    frequent_flyer_no: str | None = None
    mobility_assistance: bool = False

    class Config:
        anystr_strip_whitespace = True

    @validator("passport_expiry")
    def not_expired(cls, value: date) -> date:
        if value < date.today():
            raise ValueError("passport has expired")
        return value


class LeadBooker(BaseModel):
    name: str
    email: EmailStr
    phone: str
    address: str
    country_of_residence: str
    marketing_consent: bool = False


class BookingRequest(BaseModel):
    package_code: str
    departure_date: date
    nights: int
    lead: LeadBooker
    travellers: list[TravellerIn]
    flights: list[FlightSegment] = []
    room_type: str = "double"
    special_requests: str | None = None
    agent_code: str | None = None
    total_price: Decimal
    deposit_only: bool = True


class VisaCheckResult(BaseModel):
    destination: str
    visa_required: bool
    max_stay_days: int | None = None
    guidance_url: str | None = None
