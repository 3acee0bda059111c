from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class VisitRequest(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    owner_name: str = Field(..., max_length=120)
    owner_phone: str = Field(..., pattern=r"^\+?[0-9 ]{10,15}$")
    horse_name: str = Field(..., max_length=60)
    yard_postcode: str = Field(..., max_length=10)
    symptoms: str = Field(..., max_length=2000)
    urgent: bool = False
    preferred_vet_id: int | None = None


class InvoiceLine(BaseModel):
    description: str
    quantity: Decimal = Decimal("1")
    unit_price: Decimal
    vat_rate: Decimal = Decimal("0.20")


class OwnerStatement(BaseModel):
    owner_id: int
    billing_email: EmailStr
    statement_date: date
    balance_due: Decimal
    lines: list[InvoiceLine] = Field(default_factory=list)
    card_on_file_last4: str | None = Field(default=None, min_length=4, max_length=4)
