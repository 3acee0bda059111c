from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field


class FinanceApplication(BaseModel):
    quote_number: str
    applicant_name: str
    date_of_birth: date
    employment_status: Literal["employed", "self-employed", "retired", "other"]
    employer_name: str | None = None
    annual_income: Decimal = Field(..., gt=0)
    monthly_outgoings: Decimal = Field(..., ge=0)
    residential_status: Literal["owner", "mortgage", "tenant", "living with family"]
    loan_amount: Decimal = Field(..., gt=0)
    term_months: int = Field(..., ge=12, le=120)
    sort_code: str = Field(..., pattern=r"^\d{6}$")
    account_number: str = Field(..., pattern=r"^\d{8}$")


class FinanceDecision(BaseModel):
    quote_number: str
    lender_reference: str
    decision: Literal["approved", "referred", "declined"]
    apr: Decimal
    monthly_payment: Decimal
