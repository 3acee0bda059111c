from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Literal, Optional
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field


class CaseStatus(str, Enum):
    REFERRED = "referred"
    ARRIVED = "arrived"
    HOUSED = "housed"
    CLOSED = "closed"


class HouseholdMember(BaseModel):
    id: UUID
    full_name: str
    name_in_native_script: Optional[str] = None
    date_of_birth: Optional[date] = None
    estimated_age: Optional[int] = Field(default=None, ge=0, le=120)
    sex: Literal["F", "M", "X"]
    nationality: str = Field(min_length=3, max_length=3)
    ethnic_group: Optional[str] = None
    religion: Optional[str] = None
    first_language: str
    needs_interpreter: bool = True
    medical_needs: list[str] = Field(default_factory=list)
    relationship_to_principal: Literal["self", "spouse", "child", "parent", "sibling", "other"]
    biometrics_enrolled: bool = False


class Household(BaseModel):
    model_config = ConfigDict(extra="forbid")

    unhcr_case_number: str = Field(pattern=r"^[A-Z0-9]{3}-\d{2}C\d{5}$")
    principal_applicant_id: UUID
    members: list[HouseholdMember]
    arrival_date: Optional[date] = None
    assigned_council: str
    current_address: Optional[str] = None
    contact_phone: Optional[str] = None
    status: CaseStatus = CaseStatus.REFERRED


class SupportNeedsAssessment(BaseModel):
    member_id: UUID
    trauma_indicators: bool = False
    schooling_years: Optional[int] = None
    occupation_before_arrival: Optional[str] = None
    english_level: Literal["none", "basic", "intermediate", "fluent"]
    caseworker_notes: str = ""


class HousingOffer(BaseModel):
    offer_id: UUID
    household_id: UUID
    property_address: str
    bedrooms: int = Field(ge=1)
    weekly_rent: Decimal
    landlord_name: str
    landlord_phone: str
    accepted: Optional[bool] = None


class CaseNote(BaseModel):
    household_id: UUID
    author: str
    body: str = Field(max_length=10_000)
    visibility: Literal["team", "partners"] = "team"
    created_at: datetime
