from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Patient(Base):
    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(primary_key=True)
    nhs_number: Mapped[str | None] = mapped_column(String(10), index=True)
    given_name: Mapped[str] = mapped_column(String(60))
    family_name: Mapped[str] = mapped_column(String(60))
    date_of_birth: Mapped[date]
    sex: Mapped[str] = mapped_column(String(1))
    address_line1: Mapped[str] = mapped_column(String(120))
    postcode: Mapped[str] = mapped_column(String(8))
    phone: Mapped[str | None] = mapped_column(String(20))
    gp_practice_code: Mapped[str | None] = mapped_column(String(6))
    eligibility_group: Mapped[str] = mapped_column(String(30))
    pregnant: Mapped[bool] = mapped_column(default=False)
    egg_allergy: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())

    vaccinations: Mapped[list[Vaccination]] = relationship(back_populates="patient")


class Vaccinator(Base):
    __tablename__ = "vaccinators"

    id: Mapped[int] = mapped_column(primary_key=True)
    gphc_number: Mapped[str] = mapped_column(String(7), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    pgd_signed_on: Mapped[date | None]
    is_active: Mapped[bool] = mapped_column(default=True)


class Vaccination(Base):
    __tablename__ = "vaccinations"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    vaccine_product: Mapped[str] = mapped_column(String(60))
    batch_number: Mapped[str] = mapped_column(String(20))
    dose_ml: Mapped[Decimal] = mapped_column(Numeric(3, 2), default=Decimal("0.50"))
    site: Mapped[str] = mapped_column(String(20), default="left deltoid")
    given_at: Mapped[datetime]
    vaccinator_id: Mapped[int] = mapped_column(ForeignKey("vaccinators.id"))
    consent_obtained: Mapped[bool]
    adverse_reaction: Mapped[str | None] = mapped_column(String(200))
    gp_notified_at: Mapped[datetime | None]

    patient: Mapped[Patient] = relationship(back_populates="vaccinations")


class VaccineStock(Base):
    __tablename__ = "vaccine_stock"

    id: Mapped[int] = mapped_column(primary_key=True)
    product: Mapped[str] = mapped_column(String(60))
    batch_number: Mapped[str] = mapped_column(String(20))
    expiry: Mapped[date]
    doses_remaining: Mapped[int]
    fridge_id: Mapped[str] = mapped_column(String(10))


class FridgeReading(Base):
    __tablename__ = "fridge_readings"

    id: Mapped[int] = mapped_column(primary_key=True)
    fridge_id: Mapped[str] = mapped_column(String(10), index=True)
    read_at: Mapped[datetime]
    min_c: Mapped[Decimal] = mapped_column(Numeric(4, 1))
    max_c: Mapped[Decimal] = mapped_column(Numeric(4, 1))
    current_c: Mapped[Decimal] = mapped_column(Numeric(4, 1))
