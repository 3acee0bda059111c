from datetime import date, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field


class ClaimState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    PAID = "paid"


class Category(Enum):
    TRAVEL = "travel"
    SUBSISTENCE = "subsistence"
    ACCOMMODATION = "accommodation"
    ENTERTAINING = "entertaining"
    MILEAGE = "mileage"
    OTHER = "other"


class Claimant(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    employee_number: str
    name: str
    work_email: str
    department: str
    cost_centre: str
    line_manager_id: Optional[int] = None
    grade: str
    company_card_holder: bool = False


class ExpenseLine(BaseModel):
    incurred_on: date
    category: Category
    merchant: str
    description: str = Field(..., max_length=500)
    amount: Decimal = Field(..., gt=0, decimal_places=2)
    currency: str = Field("GBP", min_length=3, max_length=3)
    vat_amount: Decimal = Decimal("0.00")
    receipt_image: Optional[str] = None
    attendees: list[str] = Field(default_factory=list)
    paid_with_company_card: bool = False


class MileageLine(BaseModel):
    journey_date: date
    from_postcode: str
    to_postcode: str
    miles: float = Field(..., gt=0)
    purpose: str
    vehicle_reg: str
    engine_cc: int


class ClaimSubmission(BaseModel):
    claimant_id: int
    period: str = Field(..., pattern=r"^\d{4}-\d{2}$")
    lines: list[ExpenseLine] = Field(default_factory=list)
    mileage: list[MileageLine] = Field(default_factory=list)
    declaration_accepted: bool
    submitted_at: datetime


class ApprovalDecision(BaseModel):
    claim_id: int
    approver_id: int
    state: ClaimState
    comment: Optional[str] = None
    decided_at: datetime
