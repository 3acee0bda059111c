from datetime import time

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="CAMP_")

    site_name: str = "Hollow Farm Camping"
    site_phone: str = "01600 000000"
    warden_email: str = "warden@hollowfarm.example"
    stripe_secret_key: SecretStr
    mailgun_api_key: SecretStr
    check_in_from: time = time(14, 0)
    check_out_by: time = time(11, 0)
    deposit_percent: int = 25
    barrier_anpr_url: str = "http://10.0.0.20/api/plates"


settings = Settings()
