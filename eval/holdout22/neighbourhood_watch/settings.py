from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NWATCH_", env_file=".env")

    database_url: str = "postgresql://nwatch@localhost/nwatch"
    secret_key: SecretStr
    sms_gateway_username: str = "nwatch"
    sms_gateway_password: SecretStr
    from_email: str = "alerts@ourwatch.example"
    police_api_token: SecretStr = SecretStr("")
    geocoder_url: str = "https://geocode.example/api"
    max_alerts_per_day: int = Field(default=6, ge=1)
    admin_email: str = "admin@ourwatch.example"
