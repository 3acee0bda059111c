from pydantic import AnyHttpUrl, PostgresDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RX_", env_file=".env")

    database_url: PostgresDsn
    gp_connect_base_url: AnyHttpUrl
    gp_connect_client_id: str
    gp_connect_private_key: SecretStr
    spine_asid: str
    notify_api_key: SecretStr
    practice_ods_code: str
    practice_email: str = "prescriptions@riversidesurgery.example"
    max_items_per_request: int = 20
    session_cookie_secret: SecretStr
