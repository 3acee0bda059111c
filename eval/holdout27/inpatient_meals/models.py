from datetime import date, datetime
from typing import Optional

from sqlmodel import Field, SQLModel


class Ward(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    code: str = Field(index=True, max_length=10)
    name: str
    kitchen_phone: Optional[str] = None
    meal_round_times: str = "07:30,12:00,17:00"


class Patient(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    hospital_number: str = Field(index=True, unique=True, max_length=12)
    nhs_number: Optional[str] = Field(default=None, max_length=10)
    display_name: str
    ward_id: int = Field(foreign_key="ward.id")
    bed_number: str = Field(max_length=8)
    admitted_at: datetime
    diet_code: Optional[str] = Field(default=None, max_length=12)
    allergies: Optional[str] = None
    religious_diet: Optional[str] = None
    texture_level: Optional[int] = Field(default=None, ge=0, le=7)
    needs_assistance: bool = False
    nil_by_mouth: bool = False
    language: str = "en"
    discharged_at: Optional[datetime] = None


class MenuItem(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    course: str
    kcal: Optional[int] = None
    allergens: str = ""
    diet_codes: str = ""
    is_available: bool = True


class MealOrder(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    menu_item_id: int = Field(foreign_key="menuitem.id")
    meal_date: date
    meal_slot: str
    portion: str = "regular"
    ordered_by_id: Optional[int] = Field(default=None, foreign_key="staff.id")
    delivered_at: Optional[datetime] = None
    eaten_pct: Optional[int] = Field(default=None, ge=0, le=100)
