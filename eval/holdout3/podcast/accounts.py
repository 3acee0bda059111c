"""Listener accounts, creators and subscriptions (plain annotated classes and dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


class Listener:
    id: int
    handle: str
    display_name: str
    email: str
    password: str
    birth_year: int | None
    country: str
    locale: str
    avatar_url: str | None
    premium: bool
    explicit_filter: bool
    weekly_digest: bool
    last_played_at: datetime | None
    device_token: str | None
    created_at: datetime

    def __init__(self, id: int, handle: str, email: str) -> None:
        self.id = id
        self.handle = handle
        self.email = email


class Creator:
    user_id: int
    show_ids: list[int]
    bio: str
    instagram: str | None
    mastodon: str | None
    payout_email: str
    revenue_share: float
    monthly_payout_cents: int
    verified_badge: bool


@dataclass
class Subscription:
    listener_id: int
    show_id: int
    followed_at: datetime
    notify_new_episodes: bool = True
    auto_download: bool = False
    playback_speed: float = 1.0


@dataclass
class Show:
    id: int
    slug: str
    title: str
    host_names: list[str]
    feed_url: str
    artwork_url: str
    category: str
    episode_count: int = 0
    rating_average: float = 0.0
    ad_slots: list[str] = field(default_factory=list)


@dataclass
class ListeningHistoryEntry:
    listener_id: int
    episode_guid: str
    started_at: datetime
    seconds_listened: int
    completed: bool
    referrer: str | None = None


class RecommendationProfile:
    listener_id: int
    inferred_interests: list[str]
    predicted_age_band: str
    likely_commuter: bool
    model_version: str
    computed_at: datetime
