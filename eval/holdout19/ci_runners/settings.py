from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class PoolSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RUNNERS_", env_file=".env", extra="ignore")

    github_app_id: int
    github_app_private_key: SecretStr
    webhook_secret: SecretStr
    aws_region: str = "eu-west-2"
    launch_template: str = "ci-runner-v7"
    max_pool_size: int = 60
    cache_service_user: str = "runner-cache"
    cache_service_password: SecretStr
    slack_webhook_url: SecretStr | None = None
    admin_contact_email: str = "platform-team@example.com"
