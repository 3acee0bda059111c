from datetime import datetime
from typing import Optional

from sqlmodel import Field, SQLModel


class ApplicantCreate(SQLModel):
    email: str
    password: str = Field(min_length=10)
    first_name: str
    last_name: str
    phone: Optional[str] = None
    university: str
    degree_subject: str


class ApplicantPublic(SQLModel):
    id: int
    first_name: str
    last_name: str
    university: str


class ApplicationRead(SQLModel):
    id: int
    stream_id: int
    status: str
    submitted_at: datetime


class VideoInterviewInvite(SQLModel):
    application_id: int
    join_token: str
    expires_at: datetime
