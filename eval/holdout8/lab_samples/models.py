from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlalchemy import Enum as SAEnum
from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .enums import Matrix, ResultFlag, SampleStatus


class Base(DeclarativeBase):
    pass


class Site(Base):
    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    client_name: Mapped[str] = mapped_column(String(120))
    address: Mapped[Optional[str]] = mapped_column(Text)
    latitude: Mapped[Optional[float]]
    longitude: Mapped[Optional[float]]
    contact_email: Mapped[Optional[str]] = mapped_column(String(255))


class Sample(Base):
    __tablename__ = "samples"

    id: Mapped[int] = mapped_column(primary_key=True)
    barcode: Mapped[str] = mapped_column(String(20), unique=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    matrix: Mapped[Matrix] = mapped_column(SAEnum(Matrix))
    status: Mapped[SampleStatus] = mapped_column(SAEnum(SampleStatus), default=SampleStatus.REGISTERED)
    collected_at: Mapped[datetime]
    collected_by: Mapped[Optional[str]] = mapped_column(String(80))
    received_at: Mapped[Optional[datetime]]
    temperature_on_receipt_c: Mapped[Optional[Decimal]] = mapped_column(Numeric(4, 1))
    volume_ml: Mapped[Optional[int]]
    storage_location: Mapped[Optional[str]] = mapped_column(String(20))
    age_days: Mapped[Optional[int]]


class Instrument(Base):
    __tablename__ = "instruments"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_tag: Mapped[str] = mapped_column(String(12), unique=True)
    model: Mapped[str] = mapped_column(String(60))
    serial_number: Mapped[str] = mapped_column(String(40))
    ip_address: Mapped[Optional[str]] = mapped_column(String(45))
    mac_address: Mapped[Optional[str]] = mapped_column(String(17))
    calibration_due: Mapped[Optional[date]]
    service_contact_email: Mapped[Optional[str]] = mapped_column(String(255))
    service_password: Mapped[Optional[str]] = mapped_column(String(64))


class Batch(Base):
    __tablename__ = "batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    instrument_id: Mapped[int] = mapped_column(ForeignKey("instruments.id"))
    method_code: Mapped[str] = mapped_column(String(20))
    analyst: Mapped[str] = mapped_column(String(40))
    started_at: Mapped[datetime]
    qc_passed: Mapped[Optional[bool]]
    reviewed_by: Mapped[Optional[str]] = mapped_column(String(40))


class Result(Base):
    __tablename__ = "results"

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("samples.id"))
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id"))
    analyte: Mapped[str] = mapped_column(String(40))
    value: Mapped[Optional[Decimal]] = mapped_column(Numeric(12, 5))
    unit: Mapped[str] = mapped_column(String(12))
    limit_of_detection: Mapped[Optional[Decimal]] = mapped_column(Numeric(12, 5))
    flag: Mapped[Optional[ResultFlag]] = mapped_column(SAEnum(ResultFlag))
    comment: Mapped[Optional[str]] = mapped_column(Text)
