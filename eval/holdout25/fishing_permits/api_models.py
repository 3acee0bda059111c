from datetime import date
from typing import Optional

from sqlmodel import Field, SQLModel


class AnglerCreate(SQLModel):
    name: str = Field(max_length=120)
    email: str
    phone: Optional[str] = None
    date_of_birth: Optional[date] = None
    address_line1: str
    postcode: str = Field(max_length=10)
    rod_licence_number: str = Field(min_length=6, max_length=20)
    disabled_concession: bool = False


class PermitPurchase(SQLModel):
    water_id: int
    permit_type: str = Field(regex="^(day|week|season)$")
    valid_from: date
    card_token: str


class PermitRead(SQLModel):
    id: int
    angler_name: str
    water_name: str
    permit_type: str
    valid_from: date
    valid_to: date
    qr_payload: str


class CatchReturnCreate(SQLModel):
    permit_id: int
    fished_on: date
    species: str
    weight_lb: Optional[float] = None
    released: bool = True
    latitude: Optional[float] = None
    longitude: Optional[float] = None
