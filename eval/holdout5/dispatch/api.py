from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, EmailStr, Field


class BookingRequest(BaseModel):
    trade: Literal["plumbing", "heating", "drainage", "electrical"]
    fault_description: str = Field(max_length=2000)
    preferred_date: date
    preferred_window: Literal["am", "pm", "any"] = "any"
    name: str
    phone: str
    email: EmailStr | None = None
    address_line1: str
    address_line2: str | None = None
    town: str
    postcode: str
    access_notes: str | None = None
    marketing_consent: bool = False


class QuoteOut(BaseModel):
    job_number: str
    labour: float
    parts: float
    vat: float
    total: float
    valid_until: date


class EngineerLocationPing(BaseModel):
    engineer_id: int
    lat: float
    lng: float
    accuracy_m: float
    battery_percent: int | None = None


class DispatcherSettings(BaseModel):
    default_slot_capacity: int = 6
    travel_buffer_minutes: int = 20
    sms_sender_name: str = "FixItNow"
    maps_api_key: str = ""
