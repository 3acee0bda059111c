from decimal import Decimal

from pydantic_settings import BaseSettings, SettingsConfigDict


class BnplSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BNPL_")

    database_url: str
    bureau_base_url: str = "https://api.bureau.example.com/v3"
    bureau_api_key: str
    psp_secret_key: str
    webhook_signing_secret: str
    max_spending_limit: Decimal = Decimal("1500")
    affordability_threshold: float = 0.35
    collections_email: str = "collections@example.com"
