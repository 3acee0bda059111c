from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Optional
from uuid import UUID

from pydantic import BaseModel, Field, IPvAnyAddress


class CurtailmentCommand(BaseModel):
    command_id: UUID
    target_mw: float = Field(ge=0)
    reason: Literal["dno_constraint", "negative_price", "maintenance", "test"]
    issued_by: str
    issued_at: datetime
    source_ip: IPvAnyAddress


@dataclass
class SiteVisit:
    visit_id: int
    visitor_name: str
    visitor_company: str
    permit_to_work_ref: str
    arrived_at: datetime
    departed_at: Optional[datetime] = None
