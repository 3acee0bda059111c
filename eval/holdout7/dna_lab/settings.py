from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class LabSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DNALAB_", env_file=".env")

    lims_base_url: str = "https://lims.internal/api/v2"
    lims_api_token: SecretStr
    raw_data_bucket: str = "dnalab-raw-genotypes"
    kms_key_id: str
    result_retention_days: int = Field(3650, ge=30)
    courier_account_number: str
    support_email: str = "help@example-dna.co.uk"
    lab_director_name: str = "Dr A. Okafor"
    matching_enabled: bool = True
