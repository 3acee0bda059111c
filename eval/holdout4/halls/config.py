"""Runtime settings of the accommodation portal, read from HALLS_* environment variables."""

from __future__ import annotations

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HALLS_", env_file=".env")

    database_url: str = "postgresql+psycopg://halls@localhost/halls"
    portal_secret_key: SecretStr
    sendgrid_api_key: SecretStr | None = None
    from_email: str = "accommodation@example.ac.uk"
    maintenance_phone: str = "0100 000 0000"
    keycard_api_token: SecretStr | None = None
    default_licence_weeks: int = 44
