from __future__ import annotations

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class BillingSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BILLING_", env_file=".env")

    stripe_secret_key: SecretStr
    stripe_webhook_secret: SecretStr
    default_currency: str = "USD"
    invoice_from_email: str = "billing@example.com"
    dunning_retry_days: list[int] = [3, 5, 7]
    tax_provider_url: str = "https://tax.example.com/v2"
