from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class BoothSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BOOTH_")

    booth_serial: str
    telemetry_url: str = "https://fleet.example-booths.co.uk/ingest"
    device_certificate_path: str = "/etc/booth/device.pem"
    photo_code_api_token: SecretStr
    upload_bucket: str = "booth-captures"
    capture_retention_hours: int = Field(default=72, ge=1)
    service_pin: SecretStr = SecretStr("0000")
    attract_loop_video: str = "attract_2024.mp4"
