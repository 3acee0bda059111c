from datetime import datetime
from enum import Enum
from typing import Optional

from pydantic import BaseModel, EmailStr, Field


class Channel(str, Enum):
    SMS = "sms"
    VOICE = "voice"
    EMAIL = "email"


class WarningArea(BaseModel):
    code: str
    label: str
    river: str
    polygon_wkt: str
    properties_at_risk: int = 0


class Subscription(BaseModel):
    id: Optional[int] = None
    phone: Optional[str] = Field(default=None, pattern=r"^\+44[0-9]{10}$")
    email: Optional[EmailStr] = None
    property_postcode: str
    warning_areas: list[str] = Field(default_factory=list)
    channel: Channel = Channel.SMS
    quiet_hours: bool = False
    vulnerable_household: bool = False
    created_at: datetime = Field(default_factory=datetime.utcnow)


class AlertBroadcast(BaseModel):
    area_code: str
    severity: int = Field(ge=1, le=3)
    message: str
    issued_at: datetime
    recipients: int = 0
