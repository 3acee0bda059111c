from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator


class PropertyType(str, Enum):
    DETACHED = "detached"
    SEMI = "semi"
    TERRACE = "terrace"
    FLAT = "flat"


class PropertyDetails(BaseModel):
    house_number: str
    postcode: str
    property_type: PropertyType
    bedrooms: int = Field(ge=0, le=12)
    year_built: int | None = None
    construction: str = "standard"
    flood_zone: int | None = None
    has_alarm: bool = False
    listed_building: bool = False

    @field_validator("postcode")
    @classmethod
    def normalise(cls, v: str) -> str:
        return v.upper().replace(" ", "")


class Applicant(BaseModel):
    first_name: str
    surname: str
    date_of_birth: date
    email: EmailStr
    phone: str
    occupation: str
    employment_status: str = "employed"
    marital_status: str | None = None
    bankrupt: bool = False
    smoker: bool = False


class CoverOptions(BaseModel):
    buildings: bool = True
    contents: bool = True
    contents_sum_insured: Decimal = Decimal(50000)
    accidental_damage: bool = False
    voluntary_excess: Decimal = Decimal(0)


class QuoteRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    applicant: Applicant
    property: PropertyDetails
    cover: CoverOptions = CoverOptions()
    start_date: date
    source_affiliate: str | None = None


class QuoteResponse(BaseModel):
    quote_ref: str
    annual_premium: Decimal
    monthly_premium: Decimal | None = None
    insurer: str
    valid_until: date
    declined_reasons: list[str] = []
