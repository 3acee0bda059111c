from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from pydantic import BaseModel, Field, IPvAnyAddress


class Severity(IntEnum):
    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4


class Alert(BaseModel):
    id: str
    rule_id: str
    rule_name: str
    severity: Severity = Severity.MEDIUM
    source: str = "siem"
    detected_at: datetime
    src_ip: IPvAnyAddress | None = None
    dst_ip: IPvAnyAddress | None = None
    dst_port: int | None = None
    hostname: str | None = None
    username: str | None = None
    process_name: str | None = None
    command_line: str | None = None
    file_sha256: str | None = None
    mitre_technique: str | None = None
    raw: dict[str, Any] = Field(default_factory=dict)


class Case(BaseModel):
    id: int
    title: str
    alert_ids: list[str] = []
    assignee: str | None = None
    status: str = "new"
    priority: int = 3
    verdict: str | None = None
    summary: str = ""
    opened_at: datetime
    closed_at: datetime | None = None


class Indicator(BaseModel):
    value: str
    kind: str
    first_seen: datetime
    last_seen: datetime
    confidence: int = Field(default=50, ge=0, le=100)
    tags: list[str] = []


class AnalystComment(BaseModel):
    case_id: int
    author: str
    body: str
    posted_at: datetime


class EnrichmentResult(BaseModel):
    indicator: str
    provider: str
    reputation_score: float | None = None
    asn: int | None = None
    country: str | None = None
    fetched_at: datetime
