from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class Provider(str, Enum):
    AWS = "aws"
    GCP = "gcp"
    AZURE = "azure"


class Granularity(str, Enum):
    DAILY = "DAILY"
    MONTHLY = "MONTHLY"


class CostLineItem(BaseModel):
    model_config = ConfigDict(populate_by_name=True, frozen=True)

    account_id: str = Field(alias="AccountId")
    service: str = Field(alias="ProductCode")
    region: str = Field(alias="Region")
    usage_type: str = Field(alias="UsageType")
    usage: Decimal = Field(alias="UsageQuantity")
    unit: str = Field(alias="PricingUnit")
    unblended_cost: Decimal = Field(alias="UnblendedCost")
    currency: str = "USD"
    resource_id: str | None = Field(None, alias="ResourceId")
    usage_start: datetime
    usage_end: datetime
    tags: dict[str, str] = Field(default_factory=dict)


class CostCentre(BaseModel):
    code: str
    name: str
    owner_email: EmailStr
    budget_monthly: Decimal
    alert_threshold_pct: int = Field(80, ge=1, le=200)
    slack_channel: str = "#finops-alerts"


class Budget(BaseModel):
    name: str
    limit: Decimal
    period_start: date
    notify: list[EmailStr] = Field(default_factory=list)


class Anomaly(BaseModel):
    detected_at: datetime
    service: str
    region: str
    expected: Decimal
    actual: Decimal
    root_cause: str | None = None
    acknowledged_by: str | None = None
