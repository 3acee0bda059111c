from pydantic import AnyUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BOXES_")

    database_url: AnyUrl = "postgresql://boxes@db/boxes"
    edi_sftp_host: str = "edi.example-line.com"
    edi_sftp_user: str = "depot-feed"
    edi_sftp_password: SecretStr = SecretStr("")
    tracker_api_token: SecretStr = SecretStr("")
    ops_contact_email: str = "ops@example-depot.com"
    default_free_days: int = 5
    demurrage_per_day: float = 85.0
