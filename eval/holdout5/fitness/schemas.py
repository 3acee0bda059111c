from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from pydantic import BaseModel, Field


class Sex(str, Enum):
    FEMALE = "female"
    MALE = "male"
    UNSPECIFIED = "unspecified"


class Units(str, Enum):
    METRIC = "metric"
    IMPERIAL = "imperial"


class ProfileIn(BaseModel):
    nickname: str = Field(max_length=40)
    birth_date: date
    sex: Sex = Sex.UNSPECIFIED
    height_cm: float = Field(gt=50, lt=260)
    weight_kg: float = Field(gt=20, lt=400)
    resting_hr: int | None = None
    units: Units = Units.METRIC
    daily_step_goal: int = 10000
    share_activity_with_friends: bool = False


class WorkoutIn(BaseModel):
    sport: str
    started_at: datetime
    duration_s: int
    distance_m: float | None = None
    avg_hr: int | None = None
    max_hr: int | None = None
    calories: int | None = None
    perceived_effort: int | None = Field(default=None, ge=1, le=10)
    notes: str | None = None
    gpx_track: str | None = None


class DailySummary(BaseModel):
    day: date
    steps: int
    active_minutes: int
    resting_hr: int | None
    sleep_minutes: int | None
    readiness_score: int | None
    vo2max_estimate: float | None = None


class CycleLogIn(BaseModel):
    period_start: date
    flow: str | None = None
    symptoms: list[str] = []
    pregnancy_mode: bool = False


class LeaderboardEntry(BaseModel):
    rank: int
    nickname: str
    avatar_url: str | None = None
    weekly_steps: int


class ChallengeOut(BaseModel):
    slug: str
    title: str
    starts_on: date
    ends_on: date
    participant_count: int
    badge_image: str
