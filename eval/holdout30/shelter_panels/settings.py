from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHELTERS_", env_file=".env")

    database_url: str = "postgresql+psycopg://shelters@localhost/shelters"
    cms_api_key: str
    cms_api_secret: str
    sftp_host: str = "creative-drop.example.net"
    sftp_username: str = "shelters"
    sftp_password: str
    ops_alert_email: str = "panels-ops@example.net"
    heartbeat_timeout_minutes: int = 15
    default_timezone: str = "Europe/London"


settings = Settings()
