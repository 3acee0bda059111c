from datetime import date
from typing import Optional

from sqlmodel import SQLModel


class RiderCreate(SQLModel):
    email: str
    phone_number: str
    full_name: str
    date_of_birth: date
    password: str


class RiderRead(SQLModel):
    id: int
    full_name: str
    wallet_balance_pence: int
    banned: bool


class RideEnd(SQLModel):
    ride_id: int
    end_lat: float
    end_lng: float
    helmet_selfie_url: Optional[str] = None
