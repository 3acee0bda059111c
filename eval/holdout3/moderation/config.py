"""Service configuration of the moderation queue."""

from __future__ import annotations

from pydantic import Field, HttpUrl
from pydantic_settings import BaseSettings


class ModerationSettings(BaseSettings):
    perspective_api_key: str = ""
    perspective_url: HttpUrl = HttpUrl("https://perspective.example/v1")
    slack_webhook_url: str | None = None
    auto_remove_threshold: float = 0.97
    escalate_threshold: float = 0.8
    max_queue_size: int = 10_000
    retention_days: int = Field(default=90, ge=1)
    redis_password: str = ""
    appeals_inbox: str = "appeals@forum.example"
    enable_image_hashing: bool = True
    csam_hash_list_path: str = "/etc/moderation/hashes.bin"

    model_config = {"env_prefix": "MOD_"}
