from pydantic import AnyHttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class CmsSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LIGHTING_")

    cms_base_url: AnyHttpUrl
    cms_username: str = "council-integration"
    service_password: SecretStr
    mqtt_host: str = "mqtt.lighting.internal"
    mqtt_port: int = 8883
    night_dim_start: str = "00:00"
    night_dim_end: str = "05:30"
    dim_level_percent: int = 50


class ReportingSettings(BaseSettings):
    smtp_host: str = "smtp.council.example"
    smtp_user: str = "streetlighting"
    smtp_password: SecretStr
    fault_inbox: str = "streetlights@council.example"
    contractor_email: str = "dispatch@lightco.example"
    template_name: str = "fault_ack_v3"
