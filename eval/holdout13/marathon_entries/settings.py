from decimal import Decimal

from pydantic import HttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class RaceSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="RACE_")

    race_name: str = "Riverside Marathon"
    entry_fee_gbp: Decimal = Decimal("65.00")
    max_entries: int = 12000
    min_age: int = 18
    payments_secret_key: SecretStr
    timing_provider_url: HttpUrl
    timing_provider_token: SecretStr
    results_public: bool = True
