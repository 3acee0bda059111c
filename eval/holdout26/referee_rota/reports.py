from datetime import datetime
from typing import Optional

from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlmodel import Field, SQLModel


class MatchReport(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    assignment_id: int = Field(foreign_key="assignment.id", unique=True)
    home_score: int
    away_score: int
    misconduct_notes: Optional[str] = None
    submitted_at: datetime = Field(default_factory=datetime.utcnow)


class MatchReportIn(SQLModel):
    home_score: int
    away_score: int
    misconduct_notes: Optional[str] = None
    abuse_from_spectators: bool = False


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REFS_")

    database_url: str = "sqlite:///refs.db"
    sendgrid_api_key: str = ""
    fixtures_feed_token: str = ""
    from_email: str = "appointments@example-youthleague.org.uk"
    appointment_window_days: int = 14
