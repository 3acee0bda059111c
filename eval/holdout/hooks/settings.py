"""Runtime configuration, read from the environment."""

from __future__ import annotations

from pydantic import AnyHttpUrl, EmailStr, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOPHOOK_", env_file=".env")

    environment: str = "development"
    database_url: str = "postgresql://localhost/shophook"
    db_username: str = "shophook"
    db_password: SecretStr = SecretStr("")
    stripe_api_key: SecretStr
    webhook_signing_secret: SecretStr
    api_secret_rotation_days: int = 30
    support_email: EmailStr = "help@example.com"
    sentry_dsn: AnyHttpUrl | None = None
    allowed_origins: list[str] = Field(default_factory=list)
    trusted_proxy_count: int = 1
    session_cookie_name: str = "sh_session"
    session_ttl_seconds: int = 86_400
    password_min_length: int = 12
    log_ip_addresses: bool = False
    geoip_database_path: str = "/usr/share/GeoIP/GeoLite2-City.mmdb"
    default_country: str = "GB"
