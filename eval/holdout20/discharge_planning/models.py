from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Ward(Base):
    __tablename__ = "wards"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    site: Mapped[str] = mapped_column(String(80))
    extension: Mapped[str | None] = mapped_column(String(6))
    beds: Mapped[int]


class Inpatient(Base):
    __tablename__ = "inpatients"

    id: Mapped[int] = mapped_column(primary_key=True)
    hospital_number: Mapped[str] = mapped_column(String(10), unique=True)
    nhs_number: Mapped[str | None] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(160))
    date_of_birth: Mapped[date]
    sex: Mapped[str] = mapped_column(String(1))
    ward_id: Mapped[int] = mapped_column(ForeignKey("wards.id"))
    bed: Mapped[str | None] = mapped_column(String(6))
    admitted_at: Mapped[datetime]
    presenting_complaint: Mapped[str] = mapped_column(Text)
    consultant: Mapped[str] = mapped_column(String(120))
    medically_optimised: Mapped[bool] = mapped_column(default=False)
    expected_discharge_date: Mapped[date | None]
    lives_alone: Mapped[bool] = mapped_column(default=False)
    home_address: Mapped[str] = mapped_column(Text)

    plan: Mapped[DischargePlan | None] = relationship(back_populates="inpatient")


class DischargePlan(Base):
    __tablename__ = "discharge_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    inpatient_id: Mapped[int] = mapped_column(ForeignKey("inpatients.id"), unique=True)
    pathway: Mapped[int] = mapped_column(default=0)
    care_package_hours: Mapped[int | None]
    equipment_needed: Mapped[str | None] = mapped_column(Text)
    delay_notes: Mapped[str | None] = mapped_column(Text)
    social_worker: Mapped[str | None] = mapped_column(String(120))
    family_aware: Mapped[bool] = mapped_column(default=False)
    transport_required: Mapped[bool] = mapped_column(default=False)

    inpatient: Mapped[Inpatient] = relationship(back_populates="plan")


class TransportBooking(Base):
    __tablename__ = "transport_bookings"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("discharge_plans.id"))
    pickup_at: Mapped[datetime]
    destination_address: Mapped[str] = mapped_column(Text)
    mobility: Mapped[str] = mapped_column(String(20), default="walker")
    oxygen_required: Mapped[bool] = mapped_column(default=False)
    escort_name: Mapped[str | None] = mapped_column(String(120))
    provider_reference: Mapped[str | None] = mapped_column(String(30))
