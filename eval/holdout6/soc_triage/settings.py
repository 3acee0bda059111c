from pydantic import AnyHttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class TriageSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SOC_", env_file=".env")

    siem_url: AnyHttpUrl
    siem_api_token: SecretStr
    slack_webhook_url: SecretStr | None = None
    pagerduty_routing_key: SecretStr | None = None
    auto_close_after_hours: int = 72
    enrich_with_virustotal: bool = True
    vt_api_key: SecretStr | None = None
    log_level: str = "INFO"
