from datetime import datetime
from enum import Enum
from typing import Optional, TypedDict

from pydantic import BaseModel, ConfigDict, Field, IPvAnyAddress


class RecordType(str, Enum):
    A = "A"
    AAAA = "AAAA"
    CNAME = "CNAME"
    MX = "MX"
    TXT = "TXT"
    NS = "NS"
    SRV = "SRV"
    CAA = "CAA"


class Zone(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    serial: int
    refresh: int = 3600
    retry: int = 600
    expire: int = 1209600
    minimum_ttl: int = 300
    primary_ns: str
    hostmaster: str = "hostmaster.example.net."
    dnssec: bool = False
    owner_user_id: int


class Record(BaseModel):
    zone: str
    name: str
    type: RecordType
    ttl: int = Field(300, ge=30)
    value: str
    priority: Optional[int] = None
    weight: Optional[int] = None
    port: Optional[int] = None


class NameserverHost(BaseModel):
    hostname: str
    ipv4: IPvAnyAddress
    ipv6: Optional[IPvAnyAddress] = None
    location: str
    anycast: bool = True


class ZoneChange(TypedDict):
    zone: str
    record_name: str
    action: str
    actor: str
    source_ip: str
    at: datetime
