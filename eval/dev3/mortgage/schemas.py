"""Mortgage broker fact-find (Pydantic)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel


class Employment(BaseModel):
    employer_name: str
    occupation: str
    employment_type: str
    started_on: date
    gross_annual_income: Decimal
    annual_bonus: Decimal | None = None
    probation: bool = False


class Commitment(BaseModel):
    lender: str
    monthly_payment: Decimal
    outstanding_balance: Decimal


class Applicant(BaseModel):
    title: str
    forename: str
    surname: str
    date_of_birth: date
    marital_status: str
    email: str
    mobile: str
    current_address: str
    employment: Employment
    commitments: list[Commitment] = []
    ccj_count: int = 0
    missed_payments_last_3y: int = 0


class MortgageCase(BaseModel):
    applicants: list[Applicant]
    property_value: Decimal
    loan_amount: Decimal
    term_years: int
    repayment_type: str
    product_code: str
    broker_fee: Decimal
