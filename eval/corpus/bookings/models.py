"""A FastAPI + SQLModel booking service (evaluation corpus; labels in eval/labels.toml)."""

from datetime import date, datetime
from typing import Optional
from uuid import UUID

from pydantic import EmailStr
from sqlmodel import Field, Relationship, SQLModel


class Guest(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    guest_uuid: UUID
    given_name: str
    family_name: str
    email: EmailStr
    phone_number: Optional[str] = None
    passport_number: Optional[str] = None
    nationality: Optional[str] = None
    birth_date: Optional[date] = None
    loyalty_tier: str = "basic"
    dietary_requirements: Optional[str] = None
    accessibility_needs: Optional[str] = None
    email_opt_in: bool = False
    created_at: datetime


class Hotel(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    city: str
    country: str
    latitude: float
    longitude: float
    star_rating: int
    reception_phone: str
    booking_email: EmailStr
    check_in_time: str


class Booking(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    guest_id: int = Field(foreign_key="guest.id")
    hotel_id: int = Field(foreign_key="hotel.id")
    check_in: date
    check_out: date
    adults: int
    children: int
    total_price: float
    card_last4: str
    card_number: Optional[str] = None
    card_expiry: Optional[str] = None
    cvv: Optional[str] = None
    special_requests: Optional[str] = None
    booking_reference: str
    payment_status: str
    confirmation_email_sent: bool = False
    cancelled_at: Optional[datetime] = None


class Review(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    booking_id: int
    reviewer_name: str
    title: str
    body: str
    score: int
    language: str
    created_at: datetime


class ApiClient(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    client_id: str
    client_secret: str
    scopes: str
    rate_limit: int
    webhook_url: str
    owner_email: EmailStr
