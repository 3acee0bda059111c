"""Home library service: volunteers take books to readers who cannot get to a branch."""
from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, Enum, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class ReadingFormat(enum.Enum):
    STANDARD_PRINT = "standard"
    LARGE_PRINT = "large"
    AUDIOBOOK_CD = "audio_cd"
    DAISY = "daisy"
    EBOOK_READER = "ebook"


class Reader(Base):
    __tablename__ = "hls_readers"

    id: Mapped[int] = mapped_column(primary_key=True)
    library_card: Mapped[str] = mapped_column(String(14), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    preferred_name: Mapped[str | None] = mapped_column(String(60))
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    address_line1: Mapped[str] = mapped_column(String(120))
    address_line2: Mapped[str | None] = mapped_column(String(120))
    town: Mapped[str] = mapped_column(String(60))
    postcode: Mapped[str] = mapped_column(String(10), index=True)
    landline: Mapped[str | None] = mapped_column(String(20))
    key_safe_code: Mapped[str | None] = mapped_column(String(12))
    access_notes: Mapped[str | None] = mapped_column(Text)
    sight_loss: Mapped[str | None] = mapped_column(String(80))
    uses_hearing_aid: Mapped[bool] = mapped_column(Boolean, default=False)
    preferred_format: Mapped[ReadingFormat] = mapped_column(Enum(ReadingFormat))
    reading_tastes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="active")
    next_of_kin_name: Mapped[str | None] = mapped_column(String(120))
    next_of_kin_phone: Mapped[str | None] = mapped_column(String(20))
    joined_on: Mapped[dt.date] = mapped_column(Date, default=dt.date.today)
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("hls_volunteers.id"))

    volunteer: Mapped["Volunteer | None"] = relationship(back_populates="readers")
    loans: Mapped[list["Loan"]] = relationship(back_populates="reader")


class Volunteer(Base):
    __tablename__ = "hls_volunteers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    mobile: Mapped[str] = mapped_column(String(20))
    home_postcode: Mapped[str] = mapped_column(String(10))
    dbs_certificate_number: Mapped[str | None] = mapped_column(String(12))
    has_car: Mapped[bool] = mapped_column(Boolean, default=True)
    max_readers: Mapped[int] = mapped_column(default=4)

    readers: Mapped[list[Reader]] = relationship(back_populates="volunteer")


class Loan(Base):
    __tablename__ = "hls_loans"

    id: Mapped[int] = mapped_column(primary_key=True)
    reader_id: Mapped[int] = mapped_column(ForeignKey("hls_readers.id"))
    item_barcode: Mapped[str] = mapped_column(String(14))
    title: Mapped[str] = mapped_column(String(200))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    due_back: Mapped[dt.date] = mapped_column(Date)
    returned_on: Mapped[dt.date | None] = mapped_column(Date)

    reader: Mapped[Reader] = relationship(back_populates="loans")


class Visit(Base):
    __tablename__ = "hls_visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    reader_id: Mapped[int] = mapped_column(ForeignKey("hls_readers.id"))
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("hls_volunteers.id"))
    scheduled_for: Mapped[dt.datetime] = mapped_column(DateTime)
    outcome: Mapped[str | None] = mapped_column(String(20))
    mileage: Mapped[Decimal] = mapped_column(Numeric(6, 1), default=Decimal("0"))
    welfare_notes: Mapped[str | None] = mapped_column(Text)
