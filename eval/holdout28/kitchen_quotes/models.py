from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, EmailStr, Field, HttpUrl


class WorktopMaterial(str, Enum):
    LAMINATE = "laminate"
    OAK = "oak"
    QUARTZ = "quartz"
    GRANITE = "granite"


class QuoteStatus(str, Enum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"


class Customer(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    name: str = Field(..., max_length=120)
    email: EmailStr
    phone: str = Field(..., pattern=r"^\+?[0-9 ]{10,15}$")
    address_line1: str
    town: str
    postcode: str = Field(..., max_length=8)
    best_time_to_call: Optional[str] = None
    marketing_opt_in: bool = False


class RoomSurvey(BaseModel):
    length_mm: int = Field(..., gt=0)
    width_mm: int = Field(..., gt=0)
    ceiling_height_mm: int = 2400
    gas_hob: bool = False
    remove_existing_units: bool = True
    photos: list[HttpUrl] = Field(default_factory=list)
    surveyor: str
    surveyed_on: date
    access_notes: Optional[str] = Field(None, max_length=1000)


class LineItem(BaseModel):
    sku: str
    description: str
    quantity: int = Field(1, ge=1)
    unit_price: Decimal = Field(..., decimal_places=2)
    fitted: bool = True


class Quote(BaseModel):
    quote_number: str
    customer: Customer
    survey: RoomSurvey
    worktop: WorktopMaterial = WorktopMaterial.LAMINATE
    items: list[LineItem] = Field(default_factory=list)
    labour_days: float = Field(..., gt=0)
    total_ex_vat: Decimal
    deposit_percent: int = Field(25, ge=0, le=100)
    status: QuoteStatus = QuoteStatus.DRAFT
    valid_until: date
    finance_requested: bool = False
