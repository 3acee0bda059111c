from decimal import Decimal

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ROADWORKS_")

    street_manager_base_url: str = "https://api.sandbox.manage-roadworks.service.gov.uk"
    street_manager_username: str
    street_manager_password: SecretStr
    sns_topic_arn: str = ""
    default_duration_days: int = 5
    overrun_charge_per_day: Decimal = Decimal("250")
