"""Hub backend settings (pydantic-settings)."""

from __future__ import annotations

from pydantic import AnyUrl, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class MqttSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MQTT_")

    host: str = "localhost"
    port: int = 1883
    username: str = "hub"
    password: SecretStr = SecretStr("")
    client_id: str = "hub-backend"
    keepalive_s: int = 60
    tls: bool = False
    topic_prefix: str = "home/"


class CloudSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CLOUD_", env_file=".env")

    api_base: AnyUrl = AnyUrl("https://api.example.invalid")
    api_key: SecretStr
    device_cert_path: str = "/etc/hub/device.pem"
    device_key_path: str = "/etc/hub/device.key"
    ota_channel: str = "stable"
    telemetry_interval_s: int = Field(default=300, ge=30)
    upload_batch_size: int = 500
    weather_api_token: SecretStr | None = None
    feature_flags: dict[str, bool] = Field(default_factory=dict)
    log_level: str = "INFO"
