"""Applicant-tracking domain objects (attrs for entities, dataclasses for values)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import ClassVar
from uuid import UUID, uuid4

import attrs


class Stage(enum.Enum):
    APPLIED = "applied"
    SCREEN = "screen"
    INTERVIEW = "interview"
    OFFER = "offer"
    HIRED = "hired"
    REJECTED = "rejected"


@attrs.define
class JobPosting:
    requisition_id: str
    title: str
    department: str
    hiring_manager_id: UUID
    location: str
    remote_ok: bool = False
    salary_min: int | None = None
    salary_max: int | None = None
    description_md: str = ""
    closes_on: dt.date | None = None
    headcount: int = 1
    published: bool = False


@attrs.define
class Candidate:
    id: UUID = attrs.field(factory=uuid4)
    full_name: str = ""
    preferred_name: str | None = None
    pronouns: str | None = None
    email: str = ""
    phone: str | None = None
    city: str | None = None
    linkedin_url: str | None = None
    github_handle: str | None = None
    current_employer: str | None = None
    current_title: str | None = None
    current_salary: int | None = None
    expected_salary: int | None = None
    notice_period_weeks: int | None = None
    highest_qualification: str | None = None
    reasonable_adjustments: str | None = None
    cv_object_key: str | None = None
    created: dt.datetime = attrs.field(factory=dt.datetime.now)


@attrs.frozen
class Application:
    id: UUID
    candidate_id: UUID
    posting_id: str
    stage: Stage = Stage.APPLIED
    cover_letter: str = ""
    referred_by: UUID | None = None
    applied_at: dt.datetime = attrs.field(factory=dt.datetime.now)


@dataclass(frozen=True)
class InterviewSlot:
    application_id: UUID
    starts_at: dt.datetime
    length_minutes: int = 45
    room: str | None = None
    video_link: str | None = None
    panel: tuple[UUID, ...] = ()


@dataclass
class Scorecard:
    WEIGHTS: ClassVar[dict[str, float]] = {"skills": 0.5, "values": 0.3, "communication": 0.2}

    application_id: UUID
    interviewer_id: UUID
    overall_rating: int = 0
    interviewer_notes: str = ""
    submitted_at: dt.datetime | None = None


@dataclass
class Offer:
    application_id: UUID
    base_salary: int
    signing_bonus: int = 0
    currency: str = "GBP"
    start_date: dt.date | None = None
    contract_type: str = "permanent"
    expires_on: dt.date | None = None
    approvals: list[UUID] = field(default_factory=list)


@dataclass(frozen=True)
class EmailTemplate:
    key: str
    subject: str
    body_html: str
    from_address: str = "careers@example.org"
    locale: str = "en"
