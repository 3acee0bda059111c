from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class ProfileOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    handle: str
    display_name: str | None = None
    bio: str | None = None
    website: str | None = None
    avatar_url: str | None = None
    followers_count: int = 0
    following_count: int = 0
    is_private: bool = False


class ProfileUpdate(BaseModel):
    display_name: str | None = Field(default=None, max_length=80)
    bio: str | None = Field(default=None, max_length=300)
    website: str | None = None
    phone_number: str | None = None


class PhotoUploadMeta(BaseModel):
    caption: str | None = None
    alt_text: str | None = None
    filter_name: str = "none"
    hide_like_count: bool = False
    gps_lat: float | None = None
    gps_lon: float | None = None


class PhotoOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    url: str
    width: int
    height: int
    caption: str | None
    owner: ProfileOut
    like_count: int
    uploaded_at: datetime


class FeedPage(BaseModel):
    items: list[PhotoOut]
    next_cursor: str | None = None
    served_from_cache: bool = False


class LoginRequest(BaseModel):
    username: str
    password: str
    device_token: str | None = None


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int = 3600
