from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HEATWISE_", env_file=".env")

    database_url: str = "postgresql://heatwise@localhost/heatwise"
    sms_api_key: SecretStr
    sms_sender_id: str = "HeatWise"
    office_email: str = "bookings@heatwise.example"
    office_phone: str = "01632 960000"
    maps_api_key: SecretStr
    gas_safe_api_token: SecretStr
    reminder_days_before: int = 30
