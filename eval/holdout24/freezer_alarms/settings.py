from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class AlarmSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FREEZER_")

    mqtt_host: str
    mqtt_port: int = 8883
    mqtt_username: str
    mqtt_password: SecretStr
    sms_api_key: SecretStr
    sms_sender_id: str = "LABALARM"
    smtp_host: str
    smtp_password: SecretStr
    facilities_email: str
    data_retention_days: int = 730
