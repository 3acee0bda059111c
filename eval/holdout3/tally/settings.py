"""Configuration of the hosted tool (pydantic-settings)."""

from __future__ import annotations

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TALLY_", env_file=".env")

    database_url: str = "postgresql://localhost/tally"
    secret_key: SecretStr
    smtp_host: str = "localhost"
    smtp_user: str = "invoices"
    smtp_password: SecretStr = SecretStr("")
    invoice_from_email: str = "invoices@tally.example"
    hmrc_client_id: str = ""
    hmrc_client_secret: SecretStr = SecretStr("")
    open_banking_token_url: str = "https://auth.example/token"
    reminder_email_template: str = "reminder.html"
    overdue_after_days: int = 7
    enable_mtd_vat: bool = False
    sentry_dsn: str | None = None
