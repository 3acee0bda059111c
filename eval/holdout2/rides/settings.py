"""Service configuration, read from the environment."""

from __future__ import annotations

from pydantic import PostgresDsn, RedisDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RIDES_", env_file=".env")

    database_url: PostgresDsn
    redis_url: RedisDsn = "redis://localhost:6379/0"
    maps_api_key: SecretStr
    stripe_secret_key: SecretStr
    jwt_signing_key: SecretStr
    jwt_ttl_seconds: int = 3600
    dispatch_radius_m: int = 3000
    max_surge: float = 3.5
    sms_sender_id: str = "RIDES"
    support_phone: str = "+440000000000"
    sentry_dsn: str | None = None
