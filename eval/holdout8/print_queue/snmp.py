from dataclasses import dataclass, field
from datetime import datetime
from typing import Optional


@dataclass
class PrinterStatus:
    printer_name: str
    online: bool
    page_count: int
    toner_black_pct: int
    toner_cyan_pct: Optional[int] = None
    toner_magenta_pct: Optional[int] = None
    toner_yellow_pct: Optional[int] = None
    paper_jam: bool = False
    uptime_seconds: int = 0
    polled_at: datetime = field(default_factory=datetime.utcnow)


@dataclass
class IppJobAttributes:
    job_id: int
    job_name: str
    requesting_user_name: str
    job_originating_host_name: str
    job_k_octets: int
    job_state: str = "pending"
