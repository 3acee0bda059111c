from pydantic import AnyUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VISA_", env_file=".env")

    database_url: str = "postgresql+psycopg://visa@localhost/visa"
    document_bucket: str = "visa-uploads"
    kms_key_id: str
    fee_service_url: AnyUrl
    fee_service_api_key: SecretStr
    max_upload_mb: int = 8
    decision_email_sender: str = "no-reply@visas.example.gov"
