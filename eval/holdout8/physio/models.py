from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import ForeignKey, JSON, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Clinician(Base):
    __tablename__ = "clinicians"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    hcpc_number: Mapped[str] = mapped_column(String(10), unique=True)
    email: Mapped[str] = mapped_column(String(255))
    specialism: Mapped[Optional[str]] = mapped_column(String(60))
    is_active: Mapped[bool] = mapped_column(default=True)


class Patient(Base):
    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    date_of_birth: Mapped[date]
    email: Mapped[Optional[str]] = mapped_column(String(255))
    mobile: Mapped[Optional[str]] = mapped_column(String(20))
    occupation: Mapped[Optional[str]] = mapped_column(String(80))
    main_sport: Mapped[Optional[str]] = mapped_column(String(40))
    insurer: Mapped[Optional[str]] = mapped_column(String(60))
    policy_number: Mapped[Optional[str]] = mapped_column(String(30))
    sms_reminders: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)

    referrals: Mapped[list["Referral"]] = relationship(back_populates="patient")


class Referral(Base):
    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    source: Mapped[str] = mapped_column(String(20))
    referrer_name: Mapped[Optional[str]] = mapped_column(String(120))
    referrer_practice: Mapped[Optional[str]] = mapped_column(String(120))
    body_region: Mapped[str] = mapped_column(String(30))
    presenting_complaint: Mapped[str] = mapped_column(Text)
    red_flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    received_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)

    patient: Mapped[Patient] = relationship(back_populates="referrals")


class Appointment(Base):
    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    clinician_id: Mapped[int] = mapped_column(ForeignKey("clinicians.id"))
    starts_at: Mapped[datetime]
    duration_minutes: Mapped[int] = mapped_column(default=45)
    room: Mapped[Optional[str]] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12), default="booked")


class TreatmentNote(Base):
    __tablename__ = "treatment_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointments.id"), unique=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("clinicians.id"))
    pain_score: Mapped[Optional[int]]
    range_of_motion_deg: Mapped[Optional[int]]
    assessment: Mapped[str] = mapped_column(Text)
    plan: Mapped[str] = mapped_column(Text)
    exercise_programme: Mapped[list[str]] = mapped_column(JSON, default=list)
    discharged: Mapped[bool] = mapped_column(default=False)
