from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class MonitorSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ENVMON_")

    broker_host: str = "mqtt.internal"
    broker_port: int = 8883
    broker_username: str = "envmon"
    broker_password: SecretStr
    alert_email: str = "conservation@example-museum.org"
    duty_phone: str = "+441632960000"
    retention_days: int = 3650
