from pydantic import SecretStr
from pydantic_settings import BaseSettings


class KycSettings(BaseSettings):
    document_bucket: str = "kyc-documents"
    face_match_threshold: float = 0.82
    sanctions_api_key: SecretStr
    webhook_secret: SecretStr
    retention_days: int = 1825
    aws_region: str = "eu-west-2"

    class Config:
        env_prefix = "KYC_"
