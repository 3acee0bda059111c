"""Tables of a private hearing-aid clinic: patients, tests, fittings and the aid catalogue."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, Numeric, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Clinic(Base):
    __tablename__ = "clinic"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    street: Mapped[str] = mapped_column(String(120))
    town: Mapped[str] = mapped_column(String(60))
    postcode: Mapped[str] = mapped_column(String(10))
    phone: Mapped[str] = mapped_column(String(20))
    booking_email: Mapped[str] = mapped_column(String(120))
    audiologists: Mapped[list[Audiologist]] = relationship(back_populates="clinic")


class Audiologist(Base):
    __tablename__ = "audiologist"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"))
    clinic: Mapped[Clinic] = relationship(back_populates="audiologists")
    display_name: Mapped[str] = mapped_column(String(80))
    hcpc_number: Mapped[str] = mapped_column(String(12), unique=True)
    role: Mapped[str] = mapped_column(String(60), default="Hearing Aid Dispenser")
    work_mobile: Mapped[str | None] = mapped_column(String(20))


class Patient(Base):
    __tablename__ = "patient"

    id: Mapped[int] = mapped_column(primary_key=True)
    nhs_no: Mapped[str | None] = mapped_column(String(10), index=True)
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    dob: Mapped[dt.date]
    sex: Mapped[str] = mapped_column(String(1))
    address: Mapped[str] = mapped_column(Text)
    postcode: Mapped[str] = mapped_column(String(10))
    mobile: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    communication_needs: Mapped[str | None] = mapped_column(Text)
    tinnitus: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(server_default=func.now())
    audiograms: Mapped[list[Audiogram]] = relationship(back_populates="patient")


class Audiogram(Base):
    __tablename__ = "audiogram"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    patient: Mapped[Patient] = relationship(back_populates="audiograms")
    audiologist_id: Mapped[int] = mapped_column(ForeignKey("audiologist.id"))
    tested_at: Mapped[dt.datetime]
    left_pta_db: Mapped[Decimal] = mapped_column(Numeric(5, 1))
    right_pta_db: Mapped[Decimal] = mapped_column(Numeric(5, 1))
    thresholds: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    otoscopy_findings: Mapped[str | None] = mapped_column(Text)


class HearingAidModel(Base):
    __tablename__ = "aid_model"

    id: Mapped[int] = mapped_column(primary_key=True)
    manufacturer: Mapped[str] = mapped_column(String(60))
    model_name: Mapped[str] = mapped_column(String(80))
    style: Mapped[str] = mapped_column(String(8))
    battery_size: Mapped[str | None] = mapped_column(String(4))
    list_price: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    bluetooth: Mapped[bool] = mapped_column(default=True)


class Fitting(Base):
    __tablename__ = "fitting"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    aid_model_id: Mapped[int] = mapped_column(ForeignKey("aid_model.id"))
    serial_left: Mapped[str | None] = mapped_column(String(20))
    serial_right: Mapped[str | None] = mapped_column(String(20))
    fitted_on: Mapped[dt.date]
    warranty_expires: Mapped[dt.date]
    price_paid: Mapped[Decimal] = mapped_column(Numeric(8, 2))
