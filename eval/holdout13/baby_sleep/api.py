from datetime import datetime, time
from typing import Literal, Optional

from pydantic import BaseModel, EmailStr, Field


class SleepSessionIn(BaseModel):
    baby_id: int
    started_at: datetime
    ended_at: Optional[datetime] = None
    location: Literal["cot", "pram", "car", "sling", "contact"] = "cot"
    wakings: int = Field(default=0, ge=0)
    note: Optional[str] = Field(default=None, max_length=1000)


class WeeklySummary(BaseModel):
    baby_name: str
    total_sleep_minutes: int
    longest_stretch_minutes: int
    average_bedtime: time
    compared_to_age_norm: Literal["below", "typical", "above"]


class DeviceRegistration(BaseModel):
    push_token: str
    platform: Literal["ios", "android"]
    app_version: str
    locale: str = "en-GB"


class ShareInvite(BaseModel):
    invitee_email: EmailStr
    role: Literal["carer", "viewer"] = "viewer"
    message: Optional[str] = Field(default=None, max_length=280)
