from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class FarmSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FARM_")

    octoprint_api_key: SecretStr
    mqtt_host: str = "localhost"
    mqtt_username: str = "farm"
    mqtt_password: SecretStr
    slicer_path: str = "/usr/bin/prusa-slicer"
    template_name: str = "job_done.html"
    notify_email: str = "ops@printfarm.example"
    max_queue: int = 200
    webhook_secret: SecretStr
