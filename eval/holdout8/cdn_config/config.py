from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Literal, Optional

from pydantic import BaseModel, Field, HttpUrl


class WafAction(str, Enum):
    BLOCK = "block"
    CHALLENGE = "challenge"
    LOG = "log"


class Origin(BaseModel):
    name: str
    address: str = Field(description="Hostname or IP of the origin server")
    port: int = 443
    weight: int = Field(default=1, ge=0, le=100)
    health_check_path: str = "/healthz"
    host_header: Optional[str] = None


class OriginPool(BaseModel):
    name: str
    origins: list[Origin]
    steering: Literal["random", "least_conn", "geo"] = "random"
    fallback_pool: Optional[str] = None


class CacheRule(BaseModel):
    path_pattern: str
    ttl_seconds: int = Field(ge=0)
    bypass_on_cookie: Optional[str] = Field(default=None, examples=["sessionid"])
    vary_on: list[str] = Field(default_factory=list)
    respect_origin_headers: bool = True


class WafRule(BaseModel):
    rule_id: str
    expression: str
    action: WafAction = WafAction.LOG
    description: str = ""
    enabled: bool = True


class Certificate(BaseModel):
    hostnames: list[str]
    issuer: str
    not_after: datetime
    fingerprint_sha256: str
    private_key_ref: str = Field(description="Vault path of the private key")
    requested_by: Optional[str] = None
