"""Conference call-for-papers API bodies and settings (Pydantic v2)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, EmailStr, Field, HttpUrl
from pydantic_settings import BaseSettings


class Speaker(BaseModel):
    name: str
    email: EmailStr
    bio: str = Field(max_length=1500)
    company: str | None = None
    job_title: str | None = None
    twitter: str | None = None
    photo_url: HttpUrl | None = None
    pronouns: str | None = None
    city: str | None = None
    accessibility_requirements: str | None = None
    dietary_requirements: str | None = None


class Proposal(BaseModel):
    track: str
    level: str = "intermediate"
    duration_minutes: int = 30
    speakers: list[Speaker]
    notes_for_reviewers: str | None = None
    submitted_at: datetime | None = None


class Review(BaseModel):
    proposal_id: int
    reviewer_id: int
    score: int = Field(ge=1, le=5)
    comment: str = ""
    conflict_of_interest: bool = False


class Badge(BaseModel):
    badge_name: str
    company: str | None = None


class CfpSettings(BaseSettings):
    sessionize_api_key: str
    submission_deadline: datetime
    reviewers_per_talk: int = 3
    smtp_host: str = "localhost"
    notify_email: str = "programme@example.org"
