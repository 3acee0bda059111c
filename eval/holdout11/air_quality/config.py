from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AQ_", env_file=".env")

    database_url: str = "postgresql://aq@localhost/aq"
    lora_app_key: SecretStr
    mqtt_host: str = "mqtt.internal"
    mqtt_username: str = "aq-ingest"
    mqtt_password: SecretStr
    defra_upload_url: str = ""
    alert_from_address: str = "airquality@council.example"
