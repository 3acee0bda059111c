from pydantic import PostgresDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RESETTLE_", env_file=".env")

    database_url: PostgresDsn
    home_office_api_key: SecretStr
    interpreter_service_token: SecretStr
    case_export_bucket: str = "resettlement-exports"
    smtp_password: SecretStr
    duty_officer_phone: str = "+44 20 7946 0000"
    retention_days: int = 2555
