"""Shapes of the RSS ingest and the listening analytics of a podcast app."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple, TypedDict


class FeedItem(TypedDict, total=False):
    guid: str
    title: str
    description: str
    pub_date: str
    duration: str
    explicit: bool
    season: int
    episode: int
    enclosure_url: str
    image_href: str


class ChannelInfo(TypedDict):
    feed_url: str
    title: str
    language: str
    categories: list[str]
    copyright: str
    last_build_date: str


class PlaybackSample(NamedTuple):
    listener_id: int
    episode_guid: str
    position_s: int
    playback_rate: float
    client_ip: str
    user_agent: str
    sampled_at: datetime
