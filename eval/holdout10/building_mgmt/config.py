from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class BmsSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BMS_")

    bacnet_interface: str = "eth1"
    bacnet_port: int = 47808
    mqtt_host: str = "localhost"
    mqtt_username: str = "bms-gateway"
    mqtt_password: SecretStr
    service_password: SecretStr
    historian_url: str = "http://historian:8086"
    site_latitude: float = 51.5072
    site_longitude: float = -0.1276
    alarm_email: str = "facilities@example.com"
