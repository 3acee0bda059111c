"""Pub quiz league: pubs, teams, fixtures and quizmasters (Pydantic v2)."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from pydantic import BaseModel, EmailStr


class Division(str, Enum):
    PREMIER = "premier"
    ONE = "one"
    TWO = "two"


class Pub(BaseModel):
    name: str
    address: str
    postcode: str
    phone: str | None = None
    email: EmailStr | None = None
    landlord_name: str | None = None
    quiz_night: str
    wheelchair_access: bool = False


class QuizTeam(BaseModel):
    name: str
    division: Division
    home_pub: Pub
    captain_name: str
    captain_phone: str
    captain_email: EmailStr
    player_count: int
    fees_paid: bool = False


class QuizMaster(BaseModel):
    name: str
    email: EmailStr
    fee_per_night: int
    specialist_subject: str | None = None


class Fixture(BaseModel):
    week: int
    played_on: date
    home_team: str
    away_team: str
    home_score: int | None = None
    away_score: int | None = None
    quizmaster_id: int | None = None


class QuestionRound(BaseModel):
    title: str
    questions: list[str]
    answers: list[str]
    written_by: str


class Dispute(BaseModel):
    fixture_week: int
    raised_by_captain_id: int
    complaint: str
    raised_at: datetime
    resolution: str | None = None
