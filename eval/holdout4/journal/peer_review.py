"""In-memory records of an academic journal's peer-review workflow."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar, Literal


class Journal:
    """A title the press publishes; loaded from the titles YAML at start-up."""

    issn: str
    title: str
    editor_in_chief: str
    editorial_email: str
    open_access: bool
    apc_gbp: int

    def __init__(self, **values: object) -> None:
        for key, value in values.items():
            setattr(self, key, value)


@dataclass
class Author:
    orcid: str
    given_names: str
    family_name: str
    affiliation: str
    email: str | None = None
    country: str = ""
    corresponding: bool = False


@dataclass
class Manuscript:
    ms_id: str
    title: str
    abstract: str
    authors: list[Author] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    word_count: int = 0
    submitted_at: datetime | None = None
    decision: Literal["accept", "minor", "major", "reject"] | None = None


@dataclass
class ReviewerProfile:
    user_id: int
    name: str
    institution: str
    position: str
    subject_areas: list[str] = field(default_factory=list)


@dataclass
class Review:
    ms_id: str
    reviewer_id: int
    recommendation: Literal["accept", "minor", "major", "reject"]
    comments_to_author: str = ""
    confidential_comments: str = ""
    submitted_at: datetime | None = None


class EditorialConfig:
    SMTP_HOST: ClassVar[str] = "smtp.example.org"
    SMTP_USER: ClassVar[str] = "editorial"
    SMTP_PASSWORD: ClassVar[str] = ""
    REVIEWERS_PER_PAPER: ClassVar[int] = 2
    BLINDING: ClassVar[Literal["single", "double"]] = "double"
