from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BFS_", env_file=".env")

    database_url: str = "postgresql+psycopg://bfs@localhost/bfs"
    sms_api_key: SecretStr
    sms_sender_id: str = "FeedHelp"
    whatsapp_token: SecretStr | None = None
    admin_email: str = "coordinator@example.org"
    data_retention_days: int = 730
    ics_calendar_secret: SecretStr | None = None


settings = Settings()
