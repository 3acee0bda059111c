"""Family-tree records of a genealogy site (dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class Individual:
    id: int
    given_name: str
    surname: str
    maiden_name: str | None = None
    sex: str | None = None
    born_on: date | None = None
    birth_place: str | None = None
    occupation: str | None = None
    religion: str | None = None
    photo_url: str | None = None
    notes: str = ""
    father: Individual | None = None
    mother: Individual | None = None
    haplogroup: str | None = None
    ethnicity_estimate: dict[str, float] = field(default_factory=dict)


@dataclass
class Source:
    title: str
    repository: str
    url: str
    citation: str


@dataclass
class Tree:
    name: str
    owner_email: str
    is_public: bool = False
    created: datetime | None = None
    root: Individual | None = None


@dataclass
class LifeEvent:
    kind: str
    when: date
    source: Source | None = None


@dataclass(frozen=True)
class ResearchSettings:
    records_api_key: str
    max_generations: int = 12
    default_privacy: str = "private"
