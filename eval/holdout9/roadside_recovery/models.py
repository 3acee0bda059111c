from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Member(Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_number: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    mobile: Mapped[str] = mapped_column(String(20))
    email: Mapped[Optional[str]] = mapped_column(String(254))
    home_postcode: Mapped[str] = mapped_column(String(10))
    cover_level: Mapped[str] = mapped_column(String(20))  # roadside / national / home_start / europe
    renews_on: Mapped[date]
    callouts_this_year: Mapped[int] = mapped_column(default=0)

    vehicles: Mapped[list[Vehicle]] = relationship(back_populates="member")


class Vehicle(Base):
    __tablename__ = "member_vehicles"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    registration: Mapped[str] = mapped_column(String(8), index=True)
    make: Mapped[str] = mapped_column(String(40))
    model: Mapped[str] = mapped_column(String(60))
    colour: Mapped[Optional[str]] = mapped_column(String(30))
    fuel: Mapped[str] = mapped_column(String(12))

    member: Mapped[Member] = relationship(back_populates="vehicles")


class Patrol(Base):
    __tablename__ = "patrols"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_sign: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    van_registration: Mapped[str] = mapped_column(String(8))
    on_shift: Mapped[bool] = mapped_column(default=False)
    current_lat: Mapped[Optional[float]]
    current_lng: Mapped[Optional[float]]


class Breakdown(Base):
    __tablename__ = "breakdowns"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(12), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("member_vehicles.id"))
    reported_at: Mapped[datetime]
    latitude: Mapped[float] = mapped_column(Numeric(9, 6))
    longitude: Mapped[float] = mapped_column(Numeric(9, 6))
    what3words: Mapped[Optional[str]] = mapped_column(String(60))
    location_description: Mapped[Optional[str]] = mapped_column(Text)
    symptoms: Mapped[Optional[str]] = mapped_column(Text)
    passengers: Mapped[int] = mapped_column(default=0)
    patrol_id: Mapped[Optional[int]] = mapped_column(ForeignKey("patrols.id"))
    status: Mapped[str] = mapped_column(String(16), default="logged")
    resolved_at: Mapped[Optional[datetime]]
