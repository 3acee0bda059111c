from datetime import date, datetime
from typing import Optional

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from .enums import BusinessType, HygieneRating


class Establishment(BaseModel):
    model_config = ConfigDict(use_enum_values=True)

    fhrs_id: int
    business_name: str
    business_type: BusinessType
    address_line1: str
    postcode: str
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    phone: Optional[str] = None
    contact_email: Optional[EmailStr] = None
    operator_name: str
    rating: Optional[HygieneRating] = None
    rating_date: Optional[date] = None
    new_business: bool = False


class Officer(BaseModel):
    warrant_number: str
    name: str
    email: EmailStr
    team: str = "Food & Safety"


class Inspection(BaseModel):
    establishment_id: int
    officer_warrant: str
    visited_on: date
    hygiene_score: int = Field(ge=0, le=25)
    structural_score: int = Field(ge=0, le=25)
    management_score: int = Field(ge=0, le=30)
    observations: str = ""
    samples_taken: int = 0
    revisit_due: Optional[date] = None


class PublicComplaint(BaseModel):
    establishment_id: Optional[int] = None
    business_name_given: str
    complainant_name: Optional[str] = None
    complainant_email: Optional[EmailStr] = None
    complainant_phone: Optional[str] = Field(default=None, max_length=20)
    illness_symptoms: Optional[str] = None
    description: str = Field(min_length=10, max_length=4000)
    anonymous: bool = False
    received_at: datetime = Field(default_factory=datetime.utcnow)


class RatingAppeal(BaseModel):
    fhrs_id: int
    submitted_by: str
    position_in_business: str
    grounds: str = Field(max_length=4000)
    lodged_on: date
