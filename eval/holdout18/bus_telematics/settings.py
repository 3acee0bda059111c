from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TELEMATICS_")

    mqtt_host: str = "mqtt.fleet.internal"
    mqtt_username: str = "ingest"
    mqtt_password: SecretStr
    gtfs_feed_url: str
    packet_retention_days: int = 90
    depot_lat: float = 53.4794
    depot_lon: float = -2.2453
    alert_email: str = "fleet-engineering@example-buses.co.uk"
