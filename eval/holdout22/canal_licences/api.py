from datetime import date
from decimal import Decimal
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class LicenceApplication(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    full_name: str = Field(min_length=2, max_length=120)
    email: EmailStr
    phone: Optional[str] = None
    postal_address: str
    boat_index_number: Optional[str] = Field(default=None, pattern=r"^\d{5,6}$")
    boat_name: str
    length_m: Decimal = Field(gt=0, le=25)
    licence_kind: Literal["12 month", "6 month", "visitor"]
    has_home_mooring: bool
    cruising_intentions: Optional[str] = Field(default=None, max_length=2000)
    sort_code: Optional[str] = Field(default=None, pattern=r"^\d{2}-\d{2}-\d{2}$")
    account_number: Optional[str] = Field(default=None, pattern=r"^\d{8}$")
    consent_to_updates: bool = False


class SightingIn(BaseModel):
    index_number: str
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
    nearest_bridge: Optional[str] = None
    photo_url: Optional[str] = None


class MovementReport(BaseModel):
    boat_name: str
    owner_name: str
    sightings_last_14_days: int
    distinct_places: int
    first_seen: date
    last_seen: date
    compliant: bool


class FeeQuote(BaseModel):
    length_m: Decimal
    licence_kind: str
    prompt_payment_discount: Decimal = Decimal("0.10")
    total: Decimal
