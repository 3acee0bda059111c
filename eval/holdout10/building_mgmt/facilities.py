from datetime import datetime
from typing import Literal

from pydantic import BaseModel, EmailStr


class AccessEvent(BaseModel):
    door_id: str
    badge_id: str
    holder_name: str
    granted: bool
    at: datetime


class MaintenanceTicket(BaseModel):
    ticket_id: str
    zone_id: str
    summary: str
    reported_by_email: EmailStr
    assigned_contractor: str | None = None
    age_days: int = 0
    priority: Literal["P1", "P2", "P3"] = "P3"


class TenantContact(BaseModel):
    company: str
    floor: int
    facilities_contact_name: str
    out_of_hours_phone: str
