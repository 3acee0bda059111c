from datetime import datetime
from decimal import Decimal
from typing import Optional

from pydantic import BaseModel, Field


class JobSubmission(BaseModel):
    card_number: str = Field(..., pattern=r"^\d{14}$")
    pin: str = Field(..., min_length=4, max_length=4, repr=False)
    filament_id: int
    copies: int = Field(1, ge=1, le=5)
    infill_percent: int = Field(15, ge=5, le=100)
    supports: bool = False
    note_to_staff: Optional[str] = Field(None, max_length=500)


class QueueEntry(BaseModel):
    job_id: int
    maker_display_name: str
    printer: Optional[str]
    position: int
    eta: Optional[datetime]


class CreditTopUp(BaseModel):
    card_number: str = Field(..., pattern=r"^\d{14}$")
    amount: Decimal = Field(..., gt=0, le=50)
    till_reference: str
