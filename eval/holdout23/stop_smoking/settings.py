from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="QUIT_", env_file=".env")

    database_url: str = "postgresql+psycopg://quit@localhost/quit"
    sms_api_key: SecretStr
    sms_sender_id: str = "QuitNow"
    nhs_mail_relay_password: SecretStr
    reminder_days_before_quit: int = 2
    follow_up_weeks: int = 4
    co_verified_threshold_ppm: int = 10
    advisor_inbox: str = "quit.team@example.nhs.uk"
