from typing import Literal, Optional

from pydantic import Field, HttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class CacheSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BUILDCACHE_", env_file=".env")

    listen_addr: str = "0.0.0.0:8080"
    storage_backend: Literal["fs", "s3", "gcs"] = "s3"
    s3_bucket: str = "ci-build-cache"
    s3_region: str = "eu-west-2"
    s3_access_key_id: str = ""
    s3_secret_access_key: SecretStr = SecretStr("")
    max_entry_mb: int = Field(512, ge=1)
    eviction_age_days: int = 14
    hmac_signing_key: SecretStr = SecretStr("")
    admin_password: SecretStr = SecretStr("")
    oidc_issuer: Optional[HttpUrl] = None
    alert_email: str = "build-infra@example.org"
