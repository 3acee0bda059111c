from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import NamedTuple, Optional


class TillState(Enum):
    OPEN = "open"
    CLOSED = "closed"
    OFFLINE = "offline"


class TillConfig(NamedTuple):
    till_id: str
    site: str
    printer_ip: str
    reader_serial: str
    service_password: str


@dataclass
class TapResult:
    badge_uid: str
    diner_name: Optional[str]
    balance: Optional[Decimal]
    allergens: Optional[str] = None
    declined_reason: Optional[str] = None
