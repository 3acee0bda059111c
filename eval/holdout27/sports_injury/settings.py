from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="INJURY_", env_file=".env")

    database_url: str = "postgresql+psycopg://clinic@localhost/injury"
    smtp_host: str = "localhost"
    smtp_password: SecretStr = SecretStr("")
    sms_api_key: SecretStr = SecretStr("")
    clinic_phone: str = "0161 496 0000"
    clinic_email: str = "frontdesk@example.org"
    session_secret: SecretStr
    video_provider_token: SecretStr = SecretStr("")
