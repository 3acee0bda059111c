from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ONBOARDING_", env_file=".env")

    database_url: str = "postgresql+psycopg://onboarding@localhost/onboarding"
    screening_api_key: str
    screening_api_secret: str
    document_bucket: str = "investor-docs"
    compliance_inbox: str = "compliance@fund.example"
    retention_years: int = 7
    high_risk_countries: list[str] = []
