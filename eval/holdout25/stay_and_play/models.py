"""Children's centre stay-and-play sessions: families, children, sign-in."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Centre(Base):
    __tablename__ = "centres"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(Text)
    phone: Mapped[str] = mapped_column(String(20))
    ofsted_urn: Mapped[str | None] = mapped_column(String(10))


class Worker(Base):
    __tablename__ = "workers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(60))
    centre_id: Mapped[int] = mapped_column(ForeignKey("centres.id"))
    dbs_certificate_number: Mapped[str | None] = mapped_column(String(12))


class PlaySession(Base):
    __tablename__ = "play_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centres.id"))
    title: Mapped[str] = mapped_column(String(80))
    starts_at: Mapped[datetime]
    age_from_months: Mapped[int] = mapped_column(default=0)
    age_to_months: Mapped[int] = mapped_column(default=60)
    capacity: Mapped[int] = mapped_column(default=15)
    lead_worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"))


class Family(Base):
    __tablename__ = "families"

    id: Mapped[int] = mapped_column(primary_key=True)
    main_carer_name: Mapped[str] = mapped_column(String(120))
    relationship_to_children: Mapped[str] = mapped_column(String(30))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    address_line: Mapped[str] = mapped_column(String(200))
    postcode: Mapped[str] = mapped_column(String(10), index=True)
    first_language: Mapped[str] = mapped_column(String(40), default="English")
    ethnicity: Mapped[str | None] = mapped_column(String(60))
    lone_parent: Mapped[bool] = mapped_column(default=False)
    universal_credit: Mapped[bool] = mapped_column(default=False)
    registered_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)
    children: Mapped[list[Child]] = relationship(back_populates="family")


class Child(Base):
    __tablename__ = "children"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"))
    family: Mapped[Family] = relationship(back_populates="children")
    first_name: Mapped[str] = mapped_column(String(60))
    date_of_birth: Mapped[date]
    gender: Mapped[str | None] = mapped_column(String(20))
    allergies: Mapped[str | None] = mapped_column(Text)
    additional_needs: Mapped[str | None] = mapped_column(Text)
    photo_consent: Mapped[bool] = mapped_column(default=False)


class SignIn(Base):
    __tablename__ = "sign_ins"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("play_sessions.id"))
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"))
    accompanied_by: Mapped[str] = mapped_column(String(120))
    signed_in_at: Mapped[datetime]
    signed_out_at: Mapped[datetime | None]
