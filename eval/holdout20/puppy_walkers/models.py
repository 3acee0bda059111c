from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, HttpUrl


class PuppyWalker(BaseModel):
    model_config = ConfigDict(extra="forbid")

    walker_id: int
    name: str
    email: EmailStr
    phone: str
    address: str
    postcode: str = Field(max_length=8)
    occupation: str | None = None
    works_from_home: bool = False
    other_pets: list[str] = Field(default_factory=list)
    has_garden: bool = True
    children_under_five: bool = False
    home_check_passed: bool = False
    supervisor_id: int | None = None


class Puppy(BaseModel):
    puppy_id: int
    name: str
    litter_code: str
    breed: str = "Labrador x Golden Retriever"
    sex: Literal["dog", "bitch"]
    date_of_birth: date
    microchip: str = Field(min_length=15, max_length=15)
    weight_kg: float | None = None
    walker_id: int | None = None
    placed_on: date | None = None


class ProgressReport(BaseModel):
    puppy_id: int
    walker_id: int
    week: int = Field(ge=1, le=70)
    socialisation_notes: str = Field(max_length=4000)
    vet_visits: int = 0
    concerns: str | None = None
    supervisor_comment: str | None = None


class ExpenseClaim(BaseModel):
    walker_id: int
    description: str
    amount: Decimal = Field(gt=0, decimal_places=2)
    receipt_url: HttpUrl | None = None
    bank_sort_code: str = Field(pattern=r"^\d{2}-?\d{2}-?\d{2}$")
    bank_account_number: str = Field(pattern=r"^\d{8}$")
