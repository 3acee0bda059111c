from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class BellworksSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BELLS_", env_file=".env")

    database_url: str = "postgresql://localhost/bellworks"
    maps_api_key: SecretStr | None = None
    report_bucket: str = "bellworks-reports"
    service_user: str = "bellworks-sync"
    service_password: SecretStr | None = None
    smtp_user: str = "office"
    smtp_password: SecretStr | None = None
    office_address: str = "Unit 4, Foundry Lane"
    office_phone: str = "01632 960123"
    quote_template_name: str = "quote_v3.docx"
