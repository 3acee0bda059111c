from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SPONSOR_", env_file=".env")

    home_office_api_url: str = "https://sponsor.api.example.gov.uk"
    home_office_client_id: str
    home_office_client_secret: SecretStr
    database_url: str = "postgresql://localhost/sponsor"
    mail_from: str = "compliance@example.co.uk"
    reminder_days_before_expiry: int = 90
    retention_years: int = 6
    audit_log_bucket: str = "sponsor-audit"
