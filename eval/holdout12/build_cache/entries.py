from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Optional, TypedDict

from pydantic import BaseModel, Field


class Compression(str, Enum):
    NONE = "none"
    ZSTD = "zstd"
    GZIP = "gzip"


class CacheKey(BaseModel):
    action_digest: str = Field(..., pattern=r"^[0-9a-f]{64}$")
    toolchain: str
    target_platform: str = "linux-x86_64"
    env_hash: str


class CacheEntry(BaseModel):
    key: CacheKey
    size_bytes: int
    compression: Compression = Compression.ZSTD
    created_at: datetime
    last_hit_at: Optional[datetime] = None
    hit_count: int = 0
    age_days: float = 0.0
    uploaded_by_job: str
    pinned: bool = False


class UploadToken(BaseModel):
    token_id: str
    project: str
    scopes: list[str] = Field(default_factory=lambda: ["read"])
    created_by: str
    expires_at: datetime
    secret: str = Field(..., repr=False)


@dataclass
class RunnerStats:
    runner_name: str
    runner_ip: str
    os: str
    hits: int = 0
    misses: int = 0
    bytes_served: int = 0


class UsageRow(TypedDict):
    project: str
    day: str
    usage: int
    hit_ratio: float
    triggered_by: str


class ProjectQuota(BaseModel):
    project: str
    owning_team: str
    quota_gb: int = 50
    maintainer_email: Optional[str] = None
    slack_channel: Optional[str] = None
    billing_code: Optional[str] = None
