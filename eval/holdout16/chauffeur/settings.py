from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class DispatchSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DISPATCH_")

    maps_api_key: SecretStr
    flight_status_token: SecretStr
    stripe_secret_key: SecretStr
    control_room_phone: str = "+44 20 7946 0000"
    ping_interval_s: int = 15
    max_deadhead_km: float = 40.0
