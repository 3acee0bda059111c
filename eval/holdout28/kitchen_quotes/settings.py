from decimal import Decimal

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KQ_", env_file=".env")

    database_url: str = "postgresql://localhost/kitchen_quotes"
    smtp_host: str = "smtp.example.net"
    smtp_user: str = "quotes"
    smtp_password: SecretStr
    quotes_from_email: str = "quotes@example-kitchens.co.uk"
    office_phone: str = "01632 960000"
    finance_partner_url: str
    finance_partner_api_key: SecretStr
    vat_rate: Decimal = Decimal("0.20")
    quote_validity_days: int = 30
