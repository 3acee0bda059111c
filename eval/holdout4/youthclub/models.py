"""Pydantic (v1) models of a youth club's registration and safeguarding log."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Literal
from uuid import UUID, uuid4

from pydantic import BaseModel, BaseSettings, EmailStr, Field, validator


class Guardian(BaseModel):
    name: str
    phone: str
    email: EmailStr | None = None
    primary_contact: bool = True


class YoungPerson(BaseModel):
    membership_id: str
    first_name: str
    last_name: str
    pronouns: str | None = None
    date_of_birth: date
    school: str | None = None
    ethnicity: str | None = None
    medical_info: str | None = None
    epipen: bool = False
    photo_consent: bool = False
    guardians: list[Guardian] = []

    class Config:
        orm_mode = True

    @validator("date_of_birth")
    def old_enough(cls, value: date) -> date:
        if (date.today() - value).days < 8 * 365:
            raise ValueError("members must be eight or over")
        return value


class Concern(BaseModel):
    id: UUID = Field(default_factory=uuid4)
    member_id: str
    raised_by_user_id: int
    summary: str
    created_at: datetime = Field(default_factory=datetime.utcnow)
    dsl_reviewed: bool = False


class ClubSession(BaseModel):
    venue: str
    date: date
    lead_worker: str
    capacity: int = 40
    activity: str = "open session"


class Attendance(BaseModel):
    session_id: int
    member_id: str
    arrived: time | None = None
    left: time | None = None
    collected_by: str | None = None
    consent_type: Literal["walk_home", "collected"] = "collected"


class Settings(BaseSettings):
    database_url: str = "sqlite:///club.db"
    mailgun_api_key: str = ""
    dsl_email: str = "safeguarding@example.org"
    retention_years: int = 25

    class Config:
        env_prefix = "CLUB_"
