from pydantic import PostgresDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="HFSV_")

    database_url: PostgresDsn
    os_places_api_key: SecretStr
    smtp_host: str = "localhost"
    smtp_password: SecretStr = SecretStr("")
    referrals_inbox: str = "safeandwell@fire.example"
    high_risk_alert_phone: str = ""
    retention_days: int = 2555
