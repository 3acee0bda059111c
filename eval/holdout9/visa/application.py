from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class VisaCategory(str, Enum):
    VISITOR = "visitor"
    STUDENT = "student"
    SKILLED_WORKER = "skilled_worker"
    FAMILY = "family"


class MaritalStatus(str, Enum):
    SINGLE = "single"
    MARRIED = "married"
    CIVIL_PARTNER = "civil_partner"
    DIVORCED = "divorced"
    WIDOWED = "widowed"


class Passport(BaseModel):
    number: str = Field(pattern=r"^[A-Z0-9]{6,9}$")
    issuing_country: str = Field(min_length=3, max_length=3, description="ISO 3166 alpha-3")
    expires_on: date
    place_of_birth: str


class Address(BaseModel):
    line1: str
    line2: str | None = None
    city: str
    postcode: str | None = None
    country: str = Field(min_length=2, max_length=2)


class Sponsor(BaseModel):
    licence_number: str
    organisation_name: str
    compliance_email: EmailStr


class Applicant(BaseModel):
    given_names: str
    family_name: str
    other_names: list[str] = Field(default_factory=list)
    date_of_birth: date
    sex: Literal["F", "M", "X"]
    nationality: str = Field(min_length=3, max_length=3)
    marital_status: MaritalStatus
    email: EmailStr | None = None
    phone: str | None = None
    home_address: Address
    passport: Passport
    photo: bytes = Field(description="JPEG, 600x750, plain background")


class EmploymentDetails(BaseModel):
    job_title: str
    soc_code: str = Field(pattern=r"^\d{4}$", description="Standard Occupational Classification")
    annual_salary: Decimal = Field(gt=0)
    start_date: date
    sponsor: Sponsor | None = None
    certificate_of_sponsorship: str | None = Field(default=None, max_length=14)


class Application(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reference: str = Field(default_factory=lambda: uuid.uuid4().hex[:12].upper())
    category: VisaCategory
    applicant: Applicant
    dependants: list[Applicant] = Field(default_factory=list)
    employment: EmploymentDetails | None = None
    intended_arrival: date
    tb_certificate_number: str | None = None
    english_test_score: float | None = Field(default=None, ge=0, le=9)
    maintenance_funds: Decimal = Field(ge=0, description="Closing balance held for 28 days")
    fee_paid: Decimal
