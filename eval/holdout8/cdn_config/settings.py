from pydantic import AnyHttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class EdgeControlSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EDGECTL_", env_nested_delimiter="__")

    api_base_url: AnyHttpUrl = "https://api.edge.example.com/v4"
    api_token: SecretStr
    purge_api_key: SecretStr
    account_id: str
    zone_id: str
    log_bucket: str = "edge-logs-eu"
    log_retention_days: int = 14
    default_ttl_seconds: int = 3600
    alert_email: str = "noc@example.com"
    tls_key_path: str = "/etc/edgectl/origin.key"
