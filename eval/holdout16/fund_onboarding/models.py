from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field


class InvestorType(str, Enum):
    INDIVIDUAL = "individual"
    TRUST = "trust"
    CORPORATE = "corporate"
    PENSION_FUND = "pension_fund"


class RiskRating(str, Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Address(BaseModel):
    line1: str
    line2: str | None = None
    city: str
    region: str | None = None
    postal_code: str
    country: str = Field(..., min_length=2, max_length=2)


class IndividualInvestor(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    legal_name: str = Field(..., max_length=200)
    former_names: list[str] = Field(default_factory=list)
    date_of_birth: date
    nationality: str = Field(..., min_length=2, max_length=2)
    second_nationality: str | None = None
    tax_residencies: list[str] = Field(default_factory=list)
    tin: str
    passport_number: str
    residential_address: Address
    occupation: str
    employer_name: str | None = None
    source_of_wealth: str
    annual_income_band: str
    net_worth_usd: Decimal | None = None
    is_pep: bool = False
    risk_rating: RiskRating = RiskRating.MEDIUM


class CorporateInvestor(BaseModel):
    entity_name: str
    registration_number: str
    lei: str | None = Field(default=None, min_length=20, max_length=20)
    registered_address: Address
    directors: list[IndividualInvestor]
    ubo_threshold_pct: Decimal = Decimal("25")


class SubscriptionRequest(BaseModel):
    investor_id: UUID
    investor_type: InvestorType
    share_class: str = "A-USD"
    amount: Decimal = Field(..., gt=0)
    currency: str = "USD"
    remitting_iban: str
    remitting_bic: str
    account_holder: str
    signed_at: datetime
    signature_png_b64: str


class ScreeningResult(BaseModel):
    investor_id: UUID
    provider_ref: str
    sanctions_hits: int = 0
    adverse_media_summary: str | None = None
    screened_at: datetime
