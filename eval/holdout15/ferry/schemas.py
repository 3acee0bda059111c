from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class PassengerIn(BaseModel):
    full_name: str = Field(min_length=1, max_length=120)
    date_of_birth: date
    nationality: str = Field(pattern=r"^[A-Z]{2}$")
    passport_number: str | None = None
    assistance_required: str | None = Field(default=None, max_length=500)


class BookingIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sailing_id: int
    passengers: list[PassengerIn] = Field(min_length=1)
    vehicle_registration: str | None = None
    contact_email: EmailStr
    contact_phone: str
    promo_code: str | None = None


class BookingOut(BaseModel):
    reference: str
    sailing_departs_at: datetime
    total_price: Decimal
    lead_passenger_name: str
    boarding_qr: str


class CheckInEvent(BaseModel):
    booking_reference: str
    lane: int
    checked_in_at: datetime
    anpr_plate_read: str | None = None
    agent_id: int


class PortStatus(BaseModel):
    port: str
    wind_speed_knots: float
    disruption_message: str | None = None
    updated_at: datetime
