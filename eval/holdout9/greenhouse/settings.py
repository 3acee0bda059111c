from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GH_", env_file=".env")

    mqtt_host: str = "mqtt.local"
    mqtt_port: int = 8883
    mqtt_username: str = "gh-ingest"
    mqtt_password: SecretStr
    influx_url: str = "http://influx:8086"
    influx_token: SecretStr
    influx_bucket: str = "climate"
    sms_sender_id: str = "GreenOps"
    sms_api_key: SecretStr
    site_latitude: float = 52.6309
    site_longitude: float = -1.1398
    timezone: str = "Europe/London"
