from datetime import datetime
from typing import Optional

from pydantic import BaseModel, EmailStr, Field


class ReadingOut(BaseModel):
    station_code: str
    observed_at: datetime
    level_m: float
    quality_flag: int = 0


class StationOut(BaseModel):
    code: str
    name: str
    latitude: float
    longitude: float
    latest: Optional[ReadingOut] = None


class SubscribeRequest(BaseModel):
    station_code: str
    email: Optional[EmailStr] = None
    mobile: Optional[str] = Field(default=None, pattern=r"^\+?\d{10,14}$")
    home_postcode: Optional[str] = None
