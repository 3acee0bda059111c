"""In-memory shapes of the support chat widget: visitors, conversations, agents."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum


class ConversationState(str, Enum):
    OPEN = "open"
    WAITING = "waiting"
    SNOOZED = "snoozed"
    CLOSED = "closed"


@dataclass(frozen=True)
class WidgetConfig:
    workspace_id: str
    primary_color: str = "#3b5bdb"
    greeting: str = "Hi! How can we help?"
    launcher_position: str = "bottom-right"
    show_agent_avatars: bool = True
    collect_email_before_chat: bool = False
    office_hours_tz: str = "Europe/London"


@dataclass
class Visitor:
    visitor_id: str
    anonymous_id: str
    name: str | None = None
    email: str | None = None
    ip: str | None = None
    user_agent: str | None = None
    current_url: str | None = None
    referrer: str | None = None
    city: str | None = None
    country_code: str | None = None
    browser_language: str | None = None
    pages_viewed: int = 0
    last_seen: datetime | None = None


@dataclass
class Agent:
    agent_id: str
    display_name: str
    avatar_url: str | None
    email: str
    team: str
    max_concurrent_chats: int = 3


@dataclass
class ChatMessage:
    conversation_id: str
    author_id: str
    author_kind: str
    body: str
    attachments: list[str] = field(default_factory=list)
    internal: bool = False
    sent_at: datetime | None = None


@dataclass
class Conversation:
    conversation_id: str
    visitor: Visitor
    assignee: Agent | None = None
    state: ConversationState = ConversationState.OPEN
    subject: str | None = None
    tags: list[str] = field(default_factory=list)
    csat_score: int | None = None
    csat_comment: str | None = None
    messages: list[ChatMessage] = field(default_factory=list)
