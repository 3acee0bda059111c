from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import NamedTuple, Optional

import attrs


class AgentState(Enum):
    IDLE = "idle"
    BUSY = "busy"
    DRAINING = "draining"
    OFFLINE = "offline"


class Capacity(NamedTuple):
    cpus: int
    memory_gb: int
    disk_gb: int
    gpus: int = 0


@dataclass
class Agent:
    name: str
    pool: str
    hostname: str
    ip_address: str
    mac_address: str
    os_image: str
    capacity: Capacity
    state: AgentState = AgentState.IDLE
    labels: list[str] = field(default_factory=list)
    registration_token: Optional[str] = None
    last_heartbeat: Optional[datetime] = None
    uptime_hours: float = 0.0


@attrs.define
class DiskUsage:
    agent_name: str
    mount: str
    used_gb: float
    free_gb: float
    usage: float = attrs.field(default=0.0)


@attrs.define
class CacheEntry:
    key: str
    size_mb: int
    age_days: int
    hit_count: int = 0
    owner: str = "platform"
    template_name: Optional[str] = None
