from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class PlanStatus(str, Enum):
    ACTIVE = "active"
    PAID = "paid"
    IN_ARREARS = "in_arrears"
    DEFAULTED = "defaulted"
    CANCELLED = "cancelled"


class Frequency(str, Enum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"


class Address(BaseModel):
    line1: str
    line2: str | None = None
    city: str
    postcode: str = Field(max_length=8)
    country: str = Field(default="GB", min_length=2, max_length=2)


class Customer(BaseModel):
    model_config = ConfigDict(frozen=True)

    customer_id: UUID
    first_name: str
    last_name: str
    email: EmailStr
    mobile: str
    date_of_birth: date
    address: Address
    spending_limit: Decimal = Field(ge=0, decimal_places=2)
    outstanding: Decimal = Field(default=Decimal("0"), ge=0)
    account_state: Literal["active", "frozen", "closed"] = "active"
    created_at: datetime


class AffordabilityCheck(BaseModel):
    customer_id: UUID
    monthly_income: Decimal = Field(gt=0)
    monthly_rent: Decimal = Field(ge=0)
    dependants: int = Field(default=0, ge=0, le=10)
    employment_status: Literal["employed", "self_employed", "unemployed", "retired", "student"]
    credit_score: int | None = Field(default=None, ge=0, le=999)
    bureau_reference: str | None = None
    decision: Literal["approve", "refer", "decline"] | None = None


class Instalment(BaseModel):
    due_date: date
    amount: Decimal
    collected: bool = False


class Plan(BaseModel):
    plan_id: UUID
    customer_id: UUID
    merchant_id: str
    order_total: Decimal
    frequency: Frequency = Frequency.FORTNIGHTLY
    instalments: list[Instalment] = Field(default_factory=list)
    status: PlanStatus = PlanStatus.ACTIVE
