from datetime import date

from pydantic import EmailStr, PostgresDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FAIR_", env_file=".env")

    database_url: PostgresDsn
    smtp_host: str = "smtp.office365.com"
    smtp_user: str
    smtp_password: SecretStr
    badge_printer_url: str = "http://10.20.4.15:9100"
    reply_to: EmailStr = "careers.events@example.ac.uk"
    event_date: date
    venue_name: str = "Students' Union, Main Hall"
    careers_service_phone: str = "+44 1632 960123"
    max_reps_per_stand: int = 3
