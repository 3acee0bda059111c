from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Literal, Optional, TypedDict
from uuid import UUID

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class Gender(str, Enum):
    FEMALE = "F"
    MALE = "M"
    NON_BINARY = "X"


class EntryRequest(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    first_name: str = Field(max_length=50)
    last_name: str = Field(max_length=50)
    email: EmailStr
    date_of_birth: date
    gender: Gender
    nationality: str = Field(min_length=3, max_length=3)
    postcode: str
    club: Optional[str] = None
    emergency_contact_name: str
    emergency_contact_phone: str
    medical_conditions: Optional[str] = None
    running_for_charity: Optional[str] = None
    tshirt_size: Literal["XS", "S", "M", "L", "XL", "XXL"] = "M"
    ballot_entry: bool = True


class EntryConfirmation(BaseModel):
    entry_id: UUID
    bib_number: int
    start_wave: int
    corral: str
    amount_paid: Decimal


class ResultRow(TypedDict):
    bib: int
    name: str
    age_category: str
    club: str
    chip_time_seconds: int
    position_overall: int


SplitTiming = TypedDict(
    "SplitTiming",
    {
        "bib": int,
        "split_km": float,
        "elapsed_seconds": int,
        "pace_per_km": float,
    },
)
