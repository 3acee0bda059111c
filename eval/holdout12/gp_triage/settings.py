from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TRIAGE_", env_file=".env")

    practice_ods_code: str = "Y00000"
    practice_name: str = "Riverside Medical Centre"
    practice_phone: str = "01632 960000"
    database_url: str = "postgresql+psycopg://triage@localhost/triage"
    sms_api_key: SecretStr = SecretStr("")
    sms_sender_id: str = "RIVERSIDE"
    nhs_login_client_id: str = ""
    nhs_login_private_key_path: str = "/run/secrets/nhs_login.pem"
    daily_request_cap: int = Field(250, ge=0)
    close_online_at: str = "18:30"
    red_flag_words: list[str] = ["suicidal", "overdose", "can't breathe"]
    retention_days: int = 3650
