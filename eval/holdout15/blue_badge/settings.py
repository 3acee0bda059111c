from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BADGE_", env_file=".env")

    database_url: str = "postgresql://localhost/bluebadge"
    notify_api_key: SecretStr
    print_supplier_sftp_host: str
    print_supplier_sftp_user: str = "council"
    print_supplier_sftp_password: SecretStr
    dwp_client_id: str
    dwp_client_secret: SecretStr
    photo_bucket: str = "bluebadge-photos"
    max_photo_bytes: int = 5_000_000
    badge_validity_years: int = 3
