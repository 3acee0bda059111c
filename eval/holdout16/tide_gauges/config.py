from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TIDES_")

    database_url: str = "postgresql://tides@localhost/tides"
    ingest_api_key: str = Field(..., min_length=32)
    smtp_host: str = "localhost"
    smtp_password: str = ""
    alert_sender: str = "alerts@tides.example"
    sms_gateway_token: str = ""
    maintenance_mode: bool = False
