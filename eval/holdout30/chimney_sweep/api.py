from datetime import date
from typing import Optional

from sqlmodel import Field, SQLModel


class BookingRequest(SQLModel):
    name: str = Field(max_length=120)
    phone: str
    email: Optional[str] = None
    postcode: str = Field(max_length=8)
    appliance_kind: str
    preferred_date: Optional[date] = None
    notes: Optional[str] = Field(default=None, max_length=1000)


class CertificateOut(SQLModel):
    certificate_number: str
    address: str
    appliance_kind: str
    visited_on: date
    sweep_name: str
    next_due: date
