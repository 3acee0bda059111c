from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Parent(Base):
    __tablename__ = "parents"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    display_name: Mapped[str] = mapped_column(String(80))
    country: Mapped[str] = mapped_column(String(2))
    timezone: Mapped[str] = mapped_column(String(40), default="Europe/London")
    push_token: Mapped[Optional[str]] = mapped_column(String(255))
    subscription_tier: Mapped[str] = mapped_column(String(10), default="free")
    last_opened_at: Mapped[Optional[datetime]]
    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)

    babies: Mapped[list[Baby]] = relationship(back_populates="parent")


class Baby(Base):
    __tablename__ = "babies"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parents.id"))
    name: Mapped[str] = mapped_column(String(60))
    birth_date: Mapped[date]
    born_weeks_gestation: Mapped[Optional[int]]
    sex: Mapped[Optional[str]] = mapped_column(String(1))
    reflux_diagnosed: Mapped[bool] = mapped_column(default=False)

    parent: Mapped[Parent] = relationship(back_populates="babies")


class SleepSession(Base):
    __tablename__ = "sleep_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    baby_id: Mapped[int] = mapped_column(ForeignKey("babies.id"), index=True)
    started_at: Mapped[datetime]
    ended_at: Mapped[Optional[datetime]]
    location: Mapped[str] = mapped_column(String(10), default="cot")
    wakings: Mapped[int] = mapped_column(default=0)
    settled_by: Mapped[Optional[str]] = mapped_column(String(20))
    logged_by_id: Mapped[int] = mapped_column(ForeignKey("parents.id"))
    note: Mapped[Optional[str]] = mapped_column(Text)


class Measurement(Base):
    __tablename__ = "measurements"

    id: Mapped[int] = mapped_column(primary_key=True)
    baby_id: Mapped[int] = mapped_column(ForeignKey("babies.id"), index=True)
    measured_on: Mapped[date]
    weight_g: Mapped[Optional[int]]
    length_cm: Mapped[Optional[float]]
    head_circumference_cm: Mapped[Optional[float]]
    weight_percentile: Mapped[Optional[float]]
    source: Mapped[str] = mapped_column(String(20), default="home_scales")
