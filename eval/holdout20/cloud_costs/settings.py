from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from .models import Granularity


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="COSTS_", env_nested_delimiter="__")

    aws_access_key_id: str
    aws_secret_access_key: SecretStr
    cur_bucket: str = "acme-billing-cur"
    gcp_billing_dataset: str = "billing_export"
    azure_tenant_id: str = ""
    azure_client_secret: SecretStr | None = None
    slack_webhook_url: SecretStr | None = None
    default_granularity: Granularity = Granularity.DAILY
    report_sender: str = "finops-bot@acme.example"
