"""Survey definitions and responses (SQLModel tables plus API shapes)."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel


class QuestionKind(str, Enum):
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    SINGLE_CHOICE = "single_choice"
    MULTI_CHOICE = "multi_choice"
    SCALE = "scale"
    EMAIL = "email"
    FILE = "file"


class Workspace(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    plan: str = "free"
    brand_color: str = "#111111"
    custom_domain: str | None = None
    response_quota: int = 100


class Member(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id")
    email: str = Field(index=True)
    name: str
    role: str = "editor"
    invited_by_id: int | None = Field(default=None, foreign_key="member.id")
    sso_subject: str | None = None
    last_active_at: datetime | None = None


class Survey(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id")
    created_by_id: int = Field(foreign_key="member.id")
    title: str
    description: str | None = None
    is_anonymous: bool = False
    accepts_responses: bool = True
    close_after_responses: int | None = None
    thank_you_message: str = "Thanks for taking part!"
    redirect_url: str | None = None
    schema_json: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))


class Question(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    survey_id: int = Field(foreign_key="survey.id")
    position: int
    kind: QuestionKind
    prompt: str
    help_text: str | None = None
    required: bool = False
    options: list[str] = Field(default_factory=list, sa_column=Column(JSON))


class Response(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    survey_id: int = Field(foreign_key="survey.id", index=True)
    respondent_email: str | None = None
    respondent_ip: str | None = None
    user_agent: str | None = None
    started_at: datetime
    completed_at: datetime | None = None
    duration_seconds: int | None = None
    utm_source: str | None = None


class Answer(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    response_id: int = Field(foreign_key="response.id", index=True)
    question_id: int = Field(foreign_key="question.id")
    text_value: str | None = None
    choice_values: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    file_key: str | None = None


class ExportJob(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    survey_id: int = Field(foreign_key="survey.id")
    requested_by_id: int = Field(foreign_key="member.id")
    format: str = "csv"
    include_metadata: bool = False
    download_url: str | None = None
    finished_at: datetime | None = None


class IntegrationSettings(SQLModel):
    slack_webhook_url: str | None = None
    google_sheets_refresh_token: str | None = None
    zapier_api_key: str | None = None
    notify_on_each_response: bool = False
