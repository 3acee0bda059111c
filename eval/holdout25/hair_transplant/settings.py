from pydantic import PostgresDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ClinicSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HT_", env_file=".env")

    database_url: PostgresDsn
    crm_api_key: SecretStr
    photo_bucket: str = "ht-patient-photos"
    smtp_host: str = "smtp.example.com"
    smtp_username: str = "clinic"
    smtp_password: SecretStr
    clinic_phone: str = "+44 20 7946 0000"
    clinic_email: str = "hello@example-clinic.co.uk"
    consultation_fee_gbp: int = 0
