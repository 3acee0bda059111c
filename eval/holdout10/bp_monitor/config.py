from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="BP_")

    fhir_base_url: str
    fhir_client_secret: SecretStr
    sms_sender_id: str = "YourGP"
    twilio_auth_token: SecretStr
    retention_days: int = 730
