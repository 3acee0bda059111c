from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SLT_", env_file=".env")

    database_url: str = "postgresql+psycopg://slt@localhost/slt"
    video_api_key: SecretStr
    sms_sender_id: str = "SLTCLINIC"
    max_sessions_per_block: int = 6


settings = Settings()
