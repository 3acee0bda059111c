from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SKIHIRE_", env_file=".env")

    database_url: str = "postgresql://localhost/skihire"
    stripe_secret_key: str = Field(default="", repr=False)
    resort_api_token: str = ""
    smtp_host: str = "localhost"
    smtp_password: str = ""
    shop_email: str = "hire@example.com"
    default_currency: str = "EUR"
    max_hire_days: int = 21
