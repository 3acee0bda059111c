from __future__ import annotations

from typing import TypedDict

from pydantic import HttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class RatingFactors(TypedDict):
    postcode_sector: str
    age_band: str
    occupation_code: str
    credit_band: str
    property_age: int
    rebuild_cost: int


class AggregatorLead(TypedDict, total=False):
    lead_id: str
    email: str
    phone: str
    ip_address: str
    user_agent: str
    referrer: str
    received_at: str


class RatingEngineSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RATING_")

    rating_api_url: HttpUrl
    rating_api_key: SecretStr
    cache_ttl_seconds: int = 900
    min_age: int = 18
    max_sum_insured: int = 250_000
    underwriter_email: str = "underwriting@example.co.uk"
