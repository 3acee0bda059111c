from __future__ import annotations

import uuid
from datetime import datetime
from typing import Optional

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Listener(Base):
    __tablename__ = "listeners"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    username: Mapped[str] = mapped_column(String(30), unique=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[Optional[str]] = mapped_column(String(60))
    password_hash: Mapped[str] = mapped_column(String(128))
    birth_year: Mapped[Optional[int]]
    country: Mapped[str] = mapped_column(String(2))
    plan: Mapped[str] = mapped_column(String(16), default="free")
    family_manager_id: Mapped[Optional[uuid.UUID]] = mapped_column(ForeignKey("listeners.id"))
    explicit_filter: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)
    last_played_at: Mapped[Optional[datetime]]

    playlists: Mapped[list[Playlist]] = relationship(back_populates="owner")


class Artist(Base):
    __tablename__ = "artists"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[Optional[str]] = mapped_column(String(2))
    monthly_listeners: Mapped[int] = mapped_column(default=0)
    verified: Mapped[bool] = mapped_column(default=False)


class Track(Base):
    __tablename__ = "tracks"

    id: Mapped[int] = mapped_column(primary_key=True)
    isrc: Mapped[str] = mapped_column(String(12), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    artist_id: Mapped[int] = mapped_column(ForeignKey("artists.id"))
    duration_ms: Mapped[int]
    explicit: Mapped[bool] = mapped_column(default=False)
    genre: Mapped[Optional[str]] = mapped_column(String(40))


class Play(Base):
    __tablename__ = "plays"

    id: Mapped[int] = mapped_column(primary_key=True)
    listener_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("listeners.id"), index=True)
    track_id: Mapped[int] = mapped_column(ForeignKey("tracks.id"))
    started_at: Mapped[datetime]
    ms_played: Mapped[int]
    skipped: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str] = mapped_column(String(20))  # playlist, album, radio, search
    device_id: Mapped[Optional[str]] = mapped_column(String(64))
    ip_addr: Mapped[Optional[str]] = mapped_column(String(45))
    offline: Mapped[bool] = mapped_column(default=False)


class Playlist(Base):
    __tablename__ = "playlists"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("listeners.id"))
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[Optional[str]] = mapped_column(String(300))
    is_public: Mapped[bool] = mapped_column(default=True)
    follower_count: Mapped[int] = mapped_column(default=0)

    owner: Mapped[Listener] = relationship(back_populates="playlists")


class TasteProfile(Base):
    __tablename__ = "taste_profiles"

    listener_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("listeners.id"), primary_key=True)
    top_genres: Mapped[list[str]] = mapped_column(JSON)
    mood_vector: Mapped[list[float]] = mapped_column(JSON)
    predicted_age_band: Mapped[Optional[str]] = mapped_column(String(8))
    likely_commuter: Mapped[bool] = mapped_column(default=False)
    computed_at: Mapped[datetime]
