from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class CollectorSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HVAC_")

    bms_host: str = "10.20.0.5"
    bacnet_port: int = 47808
    mqtt_username: str = "collector"
    mqtt_password: SecretStr = SecretStr("")
    service_password: SecretStr = SecretStr("")
    influx_token: str = Field(default="", repr=False)
    poll_interval_s: int = 60
    alert_email: str = "bms-alerts@example.com"
    retention_days: int = 400
