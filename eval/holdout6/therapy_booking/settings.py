from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="THERAPY_")

    database_url: str = "postgresql+asyncpg://localhost/therapy"
    jwt_secret: SecretStr
    video_api_key: SecretStr
    smtp_host: str = "localhost"
    smtp_password: SecretStr | None = None
    clinic_email: str = "bookings@example.org"
    session_length_minutes: int = 50
    cancellation_window_hours: int = 48


settings = Settings()
