from datetime import datetime
from enum import Enum
from ipaddress import IPv4Address

from pydantic import BaseModel, Field


class RunnerState(str, Enum):
    IDLE = "idle"
    BUSY = "busy"
    DRAINING = "draining"
    OFFLINE = "offline"
    TERMINATED = "terminated"


class Platform(str, Enum):
    LINUX_X64 = "linux-x64"
    LINUX_ARM64 = "linux-arm64"
    MACOS_ARM64 = "macos-arm64"
    WINDOWS_X64 = "windows-x64"


class Runner(BaseModel):
    runner_id: int
    name: str
    hostname: str
    labels: list[str] = Field(default_factory=list)
    platform: Platform
    state: RunnerState = RunnerState.IDLE
    ip_address: IPv4Address
    instance_id: str | None = None
    cpu_count: int = 4
    memory_gb: int = 16
    disk_free_gb: float | None = None
    agent_version: str
    ephemeral: bool = True
    registered_at: datetime
    last_heartbeat: datetime | None = None


class Job(BaseModel):
    job_id: int
    repository: str
    workflow: str
    ref: str
    commit_sha: str = Field(min_length=40, max_length=40)
    triggered_by: str
    runner_id: int | None = None
    queued_at: datetime
    started_at: datetime | None = None
    finished_at: datetime | None = None
    conclusion: str | None = None


class ScalePolicy(BaseModel):
    name: str
    platform: Platform
    min_idle: int = Field(1, ge=0)
    max_runners: int = Field(20, ge=1)
    scale_up_queue_depth: int = 3
    cooldown_seconds: int = 300
    instance_type: str = "c6i.xlarge"
    spot: bool = True


class UsageReport(BaseModel):
    period: str
    repository: str
    usage_minutes: dict[Platform, int]
    cost_usd: float
    cache_hit_rate: float | None = None


class CacheEntry(BaseModel):
    key: str
    size_mb: float
    age_days: int
    last_hit_at: datetime | None = None


class RegistrationToken(BaseModel):
    token: str
    expires_at: datetime


class WebhookEvent(BaseModel):
    delivery_id: str
    event: str
    sender_login: str
    installation_id: int


class AuditEntry(BaseModel):
    actor: str
    action: str
    target: str
    at: datetime
    source_ip: str | None = None
