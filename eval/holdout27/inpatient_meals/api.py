from datetime import date, datetime
from typing import Optional

from sqlmodel import SQLModel


class PatientMenuView(SQLModel):
    display_name: str
    bed_number: str
    diet_code: Optional[str] = None
    allergies: Optional[str] = None
    language: str = "en"


class OrderCreate(SQLModel):
    patient_id: int
    menu_item_id: int
    meal_slot: str
    special_request: Optional[str] = None


class HostMessage(SQLModel):
    ward_id: int
    author: str
    body: str
    posted_at: datetime


class KitchenSummary(SQLModel):
    ward_code: str
    meal_date: date
    meal_slot: str
    counts: dict[str, int] = {}
    generated_at: datetime
