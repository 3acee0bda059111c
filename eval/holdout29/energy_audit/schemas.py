from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field

UK_POSTCODE = r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$"


class AuditRequest(BaseModel):
    """Public 'book a free home energy check' form."""

    model_config = ConfigDict(str_strip_whitespace=True)

    name: str = Field(..., max_length=120)
    email: EmailStr
    phone: str | None = Field(None, pattern=r"^\+?[\d ]{10,15}$")
    address_line1: str
    postcode: str = Field(..., pattern=UK_POSTCODE)
    tenure: Literal["owner", "private_rent", "social_rent"]
    landlord_permission: bool = False
    household_income_band: Literal["under_20k", "20k_to_31k", "over_31k", "prefer_not"]
    has_prepayment_meter: bool = False
    preferred_contact_time: Literal["morning", "afternoon", "evening"] | None = None
    marketing_opt_in: bool = False


class RecommendationOut(BaseModel):
    measure: str
    estimated_cost: Decimal
    annual_saving: Decimal
    grant_eligible: bool


class SurveySummary(BaseModel):
    survey_id: int
    visited_on: date
    current_sap_rating: int = Field(ge=1, le=100)
    potential_sap_rating: int = Field(ge=1, le=100)
    recommendations: list[RecommendationOut] = Field(default_factory=list)
    assessor_name: str


class GrantReferral(BaseModel):
    household_id: int
    scheme: Literal["ECO4", "GBIS", "HUG2", "warm_homes_local"]
    evidence_of_benefits: list[str] = Field(default_factory=list)
    referrer_email: EmailStr
    consent_to_share: bool
