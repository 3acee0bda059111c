from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class LabSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DNA_", env_file=".env")

    database_url: str = "postgresql+psycopg://dna@localhost/dna"
    lab_api_base: str = "https://lims.internal/api/v2"
    lab_api_key: SecretStr
    results_bucket: str = "dna-results-prod"
    smtp_host: str = "smtp.mailgun.org"
    smtp_password: SecretStr
    sample_retention_days: int = 365
    courier_account_number: str = ""
