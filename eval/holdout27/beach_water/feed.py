from datetime import datetime
from enum import Enum

from pydantic import BaseModel, Field


class FeedFormat(Enum):
    JSON = "json"
    CSV = "csv"
    GEOJSON = "geojson"


class BathingSeasonSummary(BaseModel):
    beach_id: str
    season_year: int
    samples_taken: int
    classification: str
    percentile_95_e_coli: float


class WebhookSubscriber(BaseModel):
    callback_url: str
    secret: str
    beach_ids: list[str] = Field(default_factory=list)
    contact_email: str
    created_at: datetime


class SmsAlertSignup(BaseModel):
    phone: str = Field(pattern=r"^07\d{9}$")
    beach_ids: list[str] = Field(min_length=1)
    marketing_opt_in: bool = False
    signed_up_at: datetime
