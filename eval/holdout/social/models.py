"""Members, profiles, likes and chat of the dating app."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class MemberStatus(enum.Enum):
    pending = "pending"
    active = "active"
    shadow_banned = "shadow_banned"
    deleted = "deleted"


class Member(Base):
    __tablename__ = "member"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone_e164: Mapped[str] = mapped_column(String(16), unique=True)
    email: Mapped[str | None] = mapped_column(String(254))
    password_digest: Mapped[str | None] = mapped_column(String(100))
    apple_sub: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[MemberStatus] = mapped_column(default=MemberStatus.pending)
    last_active_at: Mapped[datetime | None]
    last_login_ip: Mapped[str | None] = mapped_column(String(45))
    signup_country: Mapped[str | None] = mapped_column(String(2))
    joined_at: Mapped[datetime] = mapped_column(server_default=func.now())
    is_verified: Mapped[bool] = mapped_column(default=False)
    premium_until: Mapped[date | None]

    profile: Mapped[Profile] = relationship(back_populates="member")


class Profile(Base):
    __tablename__ = "profile"

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), primary_key=True)
    first_name: Mapped[str] = mapped_column(String(40))
    birthdate: Mapped[date]
    gender_identity: Mapped[str] = mapped_column(String(30))
    interested_in: Mapped[str] = mapped_column(String(30))
    bio: Mapped[str | None] = mapped_column(Text)
    height_cm: Mapped[int | None]
    religion: Mapped[str | None] = mapped_column(String(30))
    politics: Mapped[str | None] = mapped_column(String(30))
    smokes: Mapped[str | None] = mapped_column(String(12))
    relationship_status: Mapped[str | None] = mapped_column(String(20))
    job: Mapped[str | None] = mapped_column(String(60))
    school: Mapped[str | None] = mapped_column(String(80))
    instagram: Mapped[str | None] = mapped_column(String(30))
    home_lat: Mapped[float | None]
    home_lng: Mapped[float | None]
    search_radius_km: Mapped[int] = mapped_column(default=25)
    age_min: Mapped[int] = mapped_column(default=18)
    age_max: Mapped[int] = mapped_column(default=99)
    show_me_in_discovery: Mapped[bool] = mapped_column(default=True)

    member: Mapped[Member] = relationship(back_populates="profile")


class Photo(Base):
    __tablename__ = "photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    storage_path: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)
    face_embedding: Mapped[bytes | None]
    moderation_state: Mapped[str] = mapped_column(String(12), default="pending")
    width: Mapped[int]
    height: Mapped[int]


class Swipe(Base):
    __tablename__ = "swipe"

    id: Mapped[int] = mapped_column(primary_key=True)
    swiper_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    target_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    liked: Mapped[bool]
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class Conversation(Base):
    __tablename__ = "conversation"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_a_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    member_b_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    opened_at: Mapped[datetime] = mapped_column(server_default=func.now())
    muted: Mapped[bool] = mapped_column(default=False)


class ChatMessage(Base):
    __tablename__ = "chat_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id"))
    sender_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    text: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime] = mapped_column(server_default=func.now())
    read_at: Mapped[datetime | None]
    flagged_by_filter: Mapped[bool] = mapped_column(default=False)


class Report(Base):
    __tablename__ = "report"

    id: Mapped[int] = mapped_column(primary_key=True)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    reported_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    category: Mapped[str] = mapped_column(String(20))
    details: Mapped[str | None] = mapped_column(Text)
    resolved: Mapped[bool] = mapped_column(default=False)


class Plan(Base):
    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    price_pence: Mapped[int]
    duration_days: Mapped[int]
    boosts_per_month: Mapped[int] = mapped_column(default=1)
    apple_product_id: Mapped[str] = mapped_column(String(80))
