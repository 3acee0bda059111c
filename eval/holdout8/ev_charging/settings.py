from pydantic import AnyUrl, EmailStr, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CHARGE_", env_file=".env")

    database_url: str = "postgresql+psycopg://charge@localhost/charge"
    ocpp_ws_url: AnyUrl = "wss://ocpp.example.net/ws"
    ocpp_basic_auth_password: SecretStr
    stripe_secret_key: SecretStr
    stripe_webhook_secret: SecretStr
    jwt_signing_key: SecretStr
    access_token_ttl_seconds: int = 900
    support_email: EmailStr = "help@example.net"
    price_per_kwh_pence: int = 69
    idle_fee_after_minutes: int = 30
