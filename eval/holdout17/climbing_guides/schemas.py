from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class TripOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    crag_name: str
    starts_at: datetime
    guide_name: str
    spaces_left: int
    price_per_person: Decimal


class BookingRequest(BaseModel):
    trip_id: int
    first_name: str = Field(min_length=1, max_length=60)
    last_name: str = Field(min_length=1, max_length=60)
    email: EmailStr
    phone: str | None = Field(default=None, pattern=r"^\+?[0-9 ]{7,20}$")
    date_of_birth: date
    medical_notes: str | None = Field(default=None, max_length=2000)
    emergency_contact_phone: str
    accept_waiver: bool


class GuideReview(BaseModel):
    booking_id: int
    comment: str = Field(max_length=1500)
    would_recommend: bool = True
