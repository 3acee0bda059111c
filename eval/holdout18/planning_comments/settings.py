from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PLANNING_", env_file=".env")

    database_url: str = "postgresql+psycopg://planning@localhost/planning"
    notify_api_key: SecretStr
    acknowledgement_template_id: str
    public_portal_url: str = "https://planning.example.gov.uk"
    os_places_api_key: SecretStr
    comment_retention_days: int = 365 * 3
    publish_comments_after_hours: int = 24
    admin_email: str = "planning.systems@example.gov.uk"
