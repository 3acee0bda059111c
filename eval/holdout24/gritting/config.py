from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GRIT_", env_file=".env")

    database_url: str
    met_office_api_key: SecretStr
    roadweather_username: str
    roadweather_password: SecretStr
    telematics_feed_url: str
    telematics_token: SecretStr
    ops_email: str = "winter.service@council.example"
    public_map_tile_url: str = "https://tiles.council.example/{z}/{x}/{y}.png"
    default_spread_rate: int = 10
