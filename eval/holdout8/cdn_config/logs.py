from typing import NamedTuple, Optional, TypedDict


class EdgeLogLine(TypedDict):
    timestamp: str
    pop: str
    client_ip: str
    client_country: str
    method: str
    host: str
    path: str
    status: int
    bytes_sent: int
    cache_status: str
    user_agent: str
    referer: Optional[str]
    request_id: str


class PopInfo(NamedTuple):
    code: str
    city: str
    latitude: float
    longitude: float
    capacity_gbps: int


PurgeRequest = TypedDict(
    "PurgeRequest",
    {"urls": list, "tags": list, "requested_by": str, "ticket": Optional[str]},
)


class LogShipStats(TypedDict, total=False):
    pop: str
    lines: int
    dropped: int
    last_shipped: str
