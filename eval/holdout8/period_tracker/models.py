from __future__ import annotations

from datetime import date, datetime
from typing import Optional
from uuid import UUID

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from .enums import Flow, Mood, Symptom


class UserProfile(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    user_id: UUID
    display_name: Optional[str] = Field(default=None, max_length=40)
    email: Optional[EmailStr] = None
    birth_year: Optional[int] = Field(default=None, ge=1940, le=2015)
    average_cycle_days: int = Field(default=28, ge=15, le=60)
    average_period_days: int = Field(default=5, ge=1, le=15)
    trying_to_conceive: bool = False
    contraception: Optional[str] = None
    timezone: str = "Europe/London"
    locale: str = "en-GB"
    analytics_opt_in: bool = False


class DayLog(BaseModel):
    day: date
    flow: Flow = Flow.NONE
    symptoms: list[Symptom] = Field(default_factory=list)
    mood: Optional[Mood] = None
    basal_temp_c: Optional[float] = Field(default=None, ge=34.0, le=39.0)
    ovulation_test_positive: Optional[bool] = None
    pill_taken: Optional[bool] = None
    intercourse: Optional[bool] = None
    notes: str = Field(default="", max_length=1000)


class CyclePrediction(BaseModel):
    next_period_start: date
    fertile_window_start: Optional[date] = None
    fertile_window_end: Optional[date] = None
    confidence: float = Field(ge=0, le=1)
    model_version: str
    generated_at: datetime


class PartnerShare(BaseModel):
    partner_email: EmailStr
    share_token: str
    include_symptoms: bool = False
    expires_at: Optional[datetime] = None
