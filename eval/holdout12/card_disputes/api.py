from datetime import date
from decimal import Decimal
from typing import Literal, Optional

from pydantic import BaseModel, Field


class DisputeCreate(BaseModel):
    transaction_id: str
    reason: Literal["fraud", "not_received", "not_as_described", "cancelled", "duplicate"]
    what_happened: str = Field(..., min_length=20, max_length=4000)
    contacted_merchant: bool = False
    card_in_possession: Optional[bool] = None
    callback_number: Optional[str] = None


class TransactionLine(BaseModel):
    transaction_id: str
    posted_on: date
    description: str
    amount: Decimal
    merchant_city: Optional[str] = None


class ChargebackFiling(BaseModel):
    case_number: str
    arn: str
    reason_code: str = Field(..., pattern=r"^\d{2}\.\d(\.\d)?$")
    amount: Decimal
    network: Literal["visa", "mastercard"]
    issuer_bin: str = Field(..., min_length=6, max_length=8)
    filed_by: str
