from datetime import date
from decimal import Decimal
from typing import Optional

from sqlmodel import Field, SQLModel


class VisitRequest(SQLModel):
    name: str = Field(min_length=2)
    phone: str
    email: Optional[str] = None
    postcode: str
    preferred_day: Optional[str] = None
    medical_equipment_at_home: bool = False
    heard_about_us: Optional[str] = None


class VisitSummary(SQLModel):
    visit_id: int
    household_postcode: str
    advisor_name: str
    visit_date: date
    measures: list[str] = []
    estimated_annual_saving: Decimal = Decimal("0")


class GrantEligibility(SQLModel):
    household_id: int
    gross_household_income: Optional[Decimal] = None
    benefits_received: list[str] = []
    scheme: str = "ECO4"
    eligible: bool = False
    checked_on: Optional[date] = None
