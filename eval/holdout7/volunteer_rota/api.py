from datetime import date, datetime
from typing import Optional

from sqlmodel import Field, SQLModel


class VolunteerCreate(SQLModel):
    full_name: str = Field(min_length=2)
    email: str
    mobile: Optional[str] = None
    date_of_birth: Optional[date] = None
    postcode: str
    access_needs: Optional[str] = None
    languages_spoken: list[str] = []
    newsletter: bool = False


class VolunteerPublic(SQLModel):
    id: int
    first_name: str
    hours_this_year: float
    badge: Optional[str] = None


class ShiftPublic(SQLModel):
    id: int
    site_name: str
    role_title: str
    starts_at: datetime
    spaces_left: int
