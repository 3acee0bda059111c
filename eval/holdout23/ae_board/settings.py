from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class BoardSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AE_BOARD_")

    pas_feed_url: str
    pas_client_secret: SecretStr
    refresh_seconds: int = 30
    show_initials: bool = True
    site_code: str = "RXX01"
