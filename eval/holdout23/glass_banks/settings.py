from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GLASS_", env_file=".env")

    database_url: str = "postgresql://glass@localhost/glass"
    sensor_api_token: SecretStr
    mqtt_username: str = "glassbanks"
    mqtt_password: SecretStr
    fill_alert_threshold: int = 80
    depot_lat: float = 52.6309
    depot_lng: float = 1.2974
    contractor_email: str = "ops@example-haulage.co.uk"
