from datetime import date
from typing import Optional

from sqlmodel import Field, SQLModel


class ParticipantCreate(SQLModel):
    exchange_id: int
    full_name: str = Field(min_length=2)
    date_of_birth: date
    nationality: str
    passport_number: Optional[str] = None
    passport_expiry: Optional[date] = None
    dietary_requirements: Optional[str] = None
    emergency_contact_name: str
    emergency_contact_phone: str
    photo_consent: bool = False


class ExchangePublic(SQLModel):
    id: int
    year: int
    direction: str
    twin_town: str
    departs_on: date
    places_left: int
