from __future__ import annotations

from datetime import date, datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, EmailStr, Field, HttpUrl


class ClientCreate(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    first_name: str = Field(min_length=1, max_length=60)
    last_name: str = Field(min_length=1, max_length=60)
    pronouns: str | None = None
    email: EmailStr
    phone: str | None = None
    date_of_birth: date
    gp_surgery: str | None = None
    presenting_concern: str = Field(max_length=2000)
    previous_therapy: bool = False
    risk_self_harm: bool = False
    emergency_contact_name: str | None = None
    emergency_contact_phone: str | None = None
    referral_source: Literal["gp", "employer", "search", "friend", "other"] = "other"


class ClientOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: UUID
    display_name: str
    email: EmailStr
    is_archived: bool = False
    created_at: datetime


class TherapistOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: UUID
    name: str
    modalities: list[str] = []
    accrediting_body: str | None = None
    bio: str = ""
    photo_url: HttpUrl | None = None
    hourly_rate: int = Field(description="Price of a 50-minute session in pence")
    languages: list[str] = ["en"]


class SessionBookingIn(BaseModel):
    therapist_id: UUID
    client_id: UUID
    starts_at: datetime
    format: Literal["video", "phone", "in_person"] = "video"
    room_id: int | None = None
    notes_for_therapist: str | None = Field(default=None, max_length=1000)


class SessionNoteIn(BaseModel):
    session_id: UUID
    mood_score: int = Field(ge=0, le=27, description="PHQ-9 total")
    risk_level: Literal["none", "low", "medium", "high"]
    subjective: str
    plan: str = ""


class VideoRoomToken(BaseModel):
    room_name: str
    join_token: str
    expires_at: datetime
