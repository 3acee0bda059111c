from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CSW_", env_file=".env")

    database_url: str = "postgresql+psycopg://csw@localhost/speedwatch"
    police_portal_url: str = "https://portal.example-police.uk/api/csw"
    police_portal_api_key: SecretStr = SecretStr("")
    smtp_host: str = "localhost"
    smtp_user: str = ""
    smtp_password: SecretStr = SecretStr("")
    letters_from_address: str = "speedwatch@example-parish.org.uk"
    max_observations_per_session: int = 400
    retention_days: int = 365
