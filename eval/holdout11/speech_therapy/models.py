from datetime import date, datetime
from typing import Optional

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Clinic(Base):
    __tablename__ = "clinics"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(Text)
    phone: Mapped[str] = mapped_column(String(20))
    room_count: Mapped[int] = mapped_column(default=1)


class Therapist(Base):
    __tablename__ = "therapists"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    hcpc_number: Mapped[str] = mapped_column(String(12), unique=True)
    work_email: Mapped[str] = mapped_column(String(200))
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id"))


class Client(Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    nhs_number: Mapped[Optional[str]] = mapped_column(String(10), index=True)
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    date_of_birth: Mapped[date]
    preferred_language: Mapped[str] = mapped_column(String(35), default="en")
    referral_reason: Mapped[str] = mapped_column(Text)
    diagnosis_code: Mapped[Optional[str]] = mapped_column(String(10))
    gp_practice: Mapped[Optional[str]] = mapped_column(String(120))
    parent_phone: Mapped[Optional[str]] = mapped_column(String(20))
    school: Mapped[Optional[str]] = mapped_column(String(120))
    discharged_at: Mapped[Optional[datetime]]
    therapist_id: Mapped[int] = mapped_column(ForeignKey("therapists.id"))

    therapist: Mapped["Therapist"] = relationship()
    sessions: Mapped[list["Session"]] = relationship(back_populates="client")


class Session(Base):
    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    scheduled_for: Mapped[datetime]
    duration_minutes: Mapped[int] = mapped_column(default=45)
    status: Mapped[str] = mapped_column(String(12), default="booked")
    clinician_notes: Mapped[str] = mapped_column(Text, default="")
    fluency_score: Mapped[Optional[float]]

    client: Mapped["Client"] = relationship(back_populates="sessions")


class Goal(Base):
    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    area: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(Text)
    target_date: Mapped[date]
