from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import ForeignKey, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Ward(Base):
    __tablename__ = "wards"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    hospital: Mapped[str] = mapped_column(String(80))
    floor: Mapped[int]
    sister_in_charge: Mapped[Optional[str]] = mapped_column(String(80))
    ward_phone: Mapped[str] = mapped_column(String(20))
    visiting_hours: Mapped[str] = mapped_column(String(40))
    closed_to_visitors: Mapped[bool] = mapped_column(default=False)


class Volunteer(Base):
    __tablename__ = "volunteers"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_number: Mapped[str] = mapped_column(String(10), unique=True)
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    email: Mapped[str] = mapped_column(String(254))
    mobile: Mapped[Optional[str]] = mapped_column(String(20))
    date_of_birth: Mapped[date]
    postcode: Mapped[str] = mapped_column(String(8))
    languages_spoken: Mapped[Optional[str]] = mapped_column(String(120))
    faith: Mapped[Optional[str]] = mapped_column(String(40))
    occupation: Mapped[Optional[str]] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(12), default="induction")
    last_shift_at: Mapped[Optional[datetime]]
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())

    visits: Mapped[list[Visit]] = relationship(back_populates="volunteer")


class Patient(Base):
    __tablename__ = "befriendees"

    id: Mapped[int] = mapped_column(primary_key=True)
    ward_id: Mapped[int] = mapped_column(ForeignKey("wards.id"))
    bed: Mapped[str] = mapped_column(String(6))
    hospital_number: Mapped[str] = mapped_column(String(12), index=True)
    known_as: Mapped[str] = mapped_column(String(60))
    age: Mapped[Optional[int]]
    first_language: Mapped[str] = mapped_column(String(40), default="English")
    interests: Mapped[Optional[str]] = mapped_column(Text)
    hard_of_hearing: Mapped[bool] = mapped_column(default=False)
    cognitive_impairment: Mapped[bool] = mapped_column(default=False)
    isolation_notes: Mapped[Optional[str]] = mapped_column(Text)
    referred_by: Mapped[str] = mapped_column(String(80))
    admitted_on: Mapped[date]
    discharged: Mapped[bool] = mapped_column(default=False)

    ward: Mapped[Ward] = relationship()
    visits: Mapped[list[Visit]] = relationship(back_populates="patient")


class Visit(Base):
    __tablename__ = "befriending_visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("befriendees.id"))
    started_at: Mapped[datetime]
    duration_minutes: Mapped[int] = mapped_column(default=30)
    mood_after: Mapped[Optional[str]] = mapped_column(String(20))
    conversation_notes: Mapped[Optional[str]] = mapped_column(Text)
    concern_raised: Mapped[bool] = mapped_column(default=False)

    volunteer: Mapped[Volunteer] = relationship(back_populates="visits")
    patient: Mapped[Patient] = relationship(back_populates="visits")
