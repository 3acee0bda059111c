from datetime import date, datetime
from typing import Optional

from sqlmodel import Field, SQLModel

from .models import TestCategory, TestOutcome


class CandidateCreate(SQLModel):
    driver_number: str = Field(min_length=16, max_length=16)
    first_name: str
    last_name: str
    date_of_birth: date
    email: str
    mobile: Optional[str] = None
    needs_interpreter: bool = False
    special_requirements: Optional[str] = None


class BookingRead(SQLModel):
    id: int
    centre_name: str
    slot_start: datetime
    category: TestCategory
    outcome: Optional[TestOutcome] = None


class SlotSearch(SQLModel):
    category: TestCategory = TestCategory.CAR
    near_postcode: str
    earliest: date
    radius_miles: int = 20


class CentreStats(SQLModel):
    centre_id: int
    month: date
    tests_conducted: int
    pass_rate: float
