from datetime import date
from typing import Literal, Optional

from pydantic import BaseModel, EmailStr, Field


class EnrolRequest(BaseModel):
    title: Optional[Literal["Mr", "Mrs", "Ms", "Mx", "Dr"]] = None
    given_names: str = Field(..., max_length=80)
    family_name: str = Field(..., max_length=80)
    date_of_birth: date
    email: EmailStr
    password: str = Field(..., min_length=8)
    home_airport: Optional[str] = Field(None, min_length=3, max_length=3)
    partner_offers: bool = False


class MemberCard(BaseModel):
    membership_number: str
    name_on_card: str
    tier: str
    miles_balance: int
    tier_expires: date
    barcode_payload: str


class ApisDetails(BaseModel):
    """Advance passenger information captured at check-in."""

    document_type: Literal["P", "I"] = "P"
    document_number: str
    issuing_country: str = Field(..., min_length=3, max_length=3)
    expiry_date: date
    nationality: str = Field(..., min_length=3, max_length=3)
    gender: Literal["M", "F", "X"]
    destination_address: Optional[str] = None
