from pydantic import EmailStr, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HALLS_")

    mqtt_host: str = "mqtt.leisure.local"
    mqtt_port: int = 8883
    mqtt_username: str = "floor-ingest"
    mqtt_password: SecretStr
    influx_token: SecretStr
    alert_email: EmailStr = "facilities@leisure.example.org"
    moisture_alert_threshold: float = 0.6
