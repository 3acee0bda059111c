from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple, Optional

import attr
from pydantic import SecretStr
from pydantic_settings import BaseSettings


class CommitRef(NamedTuple):
    sha: str
    branch: str
    author_name: str
    author_email: str
    message: str
    committed_at: datetime


@dataclass
class Pipeline:
    id: int
    repository: str
    default_branch: str
    config_path: str = ".ci/pipeline.yml"
    max_parallel: int = 8
    notify_channel: Optional[str] = None


@attr.s(auto_attribs=True)
class Job:
    id: int
    pipeline_id: int
    commit: CommitRef
    triggered_by: str
    agent_name: Optional[str] = None
    status: str = "queued"
    queued_at: Optional[datetime] = None
    duration_s: Optional[int] = None
    exit_code: Optional[int] = None
    log_url: Optional[str] = None


@attr.s(auto_attribs=True, frozen=True)
class Artefact:
    job_id: int
    path: str
    sha256: str
    size_bytes: int
    retention_days: int = 30


class FarmSettings(BaseSettings):
    controller_url: str = "https://ci.internal"
    registry_password: SecretStr
    s3_access_key: str
    s3_secret_key: SecretStr
    webhook_secret: SecretStr
    default_pool: str = "linux-x64"
    admin_contact_email: str = "build-team@example.com"
