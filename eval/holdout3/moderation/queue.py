"""Content moderation queue of a community forum (Pydantic v2, TypedDict)."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Literal, TypedDict

from pydantic import BaseModel, Field, IPvAnyAddress


class Verdict(str, Enum):
    KEEP = "keep"
    REMOVE = "remove"
    ESCALATE = "escalate"


class ClassifierScores(TypedDict):
    toxicity: float
    spam: float
    nsfw: float
    self_harm: float


class FlaggedItem(BaseModel):
    item_id: str
    kind: Literal["post", "comment", "dm", "profile"]
    author_id: int
    author_username: str
    author_ip: IPvAnyAddress | None = None
    body: str
    attachments: list[str] = []
    language: str = "en"
    scores: ClassifierScores
    report_count: int = 0
    first_reported_at: datetime
    priority: int = Field(default=3, ge=1, le=5)


class UserReport(BaseModel):
    report_id: str
    item_id: str
    reporter_id: int
    reason: Literal["spam", "harassment", "hate", "self_harm", "other"]
    details: str | None = None
    anonymous: bool = True
    created_at: datetime


class Decision(BaseModel):
    item_id: str
    moderator_id: int
    verdict: Verdict
    policy_section: str
    internal_note: str = ""
    notify_author: bool = True
    decided_at: datetime
    seconds_to_decide: int | None = None


class AuthorStanding(BaseModel):
    user_id: int
    strikes: int = 0
    shadow_banned: bool = False
    muted_until: datetime | None = None
    account_age_days: int
    email_domain: str | None = None
    last_seen_at: datetime | None = None
    previous_usernames: list[str] = []


class Appeal(BaseModel):
    appeal_id: str
    item_id: str
    user_id: int
    statement: str = Field(max_length=2000)
    contact_email: str | None = None
    outcome: Verdict | None = None
