from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class TransplantCentre(Base):
    __tablename__ = "transplant_centres"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    switchboard: Mapped[str] = mapped_column(String(20))
    on_call_email: Mapped[str] = mapped_column(String(200))
    region: Mapped[str] = mapped_column(String(40))


class Patient(Base):
    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(primary_key=True)
    nhs_number: Mapped[str] = mapped_column(String(10), unique=True)
    hospital_number: Mapped[str] = mapped_column(String(12))
    forename: Mapped[str] = mapped_column(String(80))
    surname: Mapped[str] = mapped_column(String(80))
    born_on: Mapped[dt.date]
    sex: Mapped[str] = mapped_column(String(1))
    ethnic_group: Mapped[str] = mapped_column(String(4))
    blood_group: Mapped[str] = mapped_column(String(3))
    home_postcode: Mapped[str] = mapped_column(String(8))
    mobile: Mapped[Optional[str]] = mapped_column(String(20))
    travel_time_minutes: Mapped[int] = mapped_column(default=60)
    centre_id: Mapped[int] = mapped_column(ForeignKey("transplant_centres.id"))
    centre: Mapped[TransplantCentre] = relationship()

    registrations: Mapped[list["Registration"]] = relationship(back_populates="patient")


class Registration(Base):
    __tablename__ = "registrations"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    patient: Mapped[Patient] = relationship(back_populates="registrations")
    organ: Mapped[str] = mapped_column(String(20))
    primary_disease: Mapped[str] = mapped_column(String(120))
    listed_on: Mapped[dt.date]
    dialysis_start: Mapped[Optional[dt.date]]
    crf_percent: Mapped[Decimal]
    hla_a: Mapped[str] = mapped_column(String(20))
    hla_b: Mapped[str] = mapped_column(String(20))
    hla_dr: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12), default="active")
    suspension_reason: Mapped[Optional[str]] = mapped_column(Text)
    urgency_tier: Mapped[int] = mapped_column(default=2)
    matching_points: Mapped[int] = mapped_column(default=0)
    removed_at: Mapped[Optional[dt.datetime]]


class OfferRecord(Base):
    __tablename__ = "organ_offers"

    id: Mapped[int] = mapped_column(primary_key=True)
    offer_ref: Mapped[str] = mapped_column(String(16), unique=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registrations.id"))
    donor_age: Mapped[int]
    donor_blood_group: Mapped[str] = mapped_column(String(3))
    offered_at: Mapped[dt.datetime]
    outcome: Mapped[str] = mapped_column(String(20))
    decline_reason: Mapped[Optional[str]] = mapped_column(Text)
    surgeon_gmc: Mapped[Optional[str]] = mapped_column(String(7))
