from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LOCATOR_")

    mqtt_host: str = "mqtt.internal"
    mqtt_username: str = "ingest"
    mqtt_password: SecretStr = SecretStr("")
    sms_provider_token: SecretStr = SecretStr("")
    maps_api_key: SecretStr = SecretStr("")
    default_radius_m: int = 250
    alert_escalation_minutes: int = 10
    support_phone: str = "0300 000 0000"
