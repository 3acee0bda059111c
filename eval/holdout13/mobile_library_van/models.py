from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Van(Base):
    __tablename__ = "vans"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration: Mapped[str] = mapped_column(String(8), unique=True)
    capacity_items: Mapped[int]
    has_wheelchair_lift: Mapped[bool] = mapped_column(default=False)
    tracker_imei: Mapped[Optional[str]] = mapped_column(String(15))
    driver_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    payroll_number: Mapped[str] = mapped_column(String(10), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    work_mobile: Mapped[Optional[str]] = mapped_column(String(20))
    driving_licence_number: Mapped[Optional[str]] = mapped_column(String(16))
    role: Mapped[str] = mapped_column(String(40))
    contracted_hours: Mapped[Decimal] = mapped_column(Numeric(4, 1))


class Stop(Base):
    __tablename__ = "stops"

    id: Mapped[int] = mapped_column(primary_key=True)
    route_code: Mapped[str] = mapped_column(String(6), index=True)
    place_name: Mapped[str] = mapped_column(String(80))
    latitude: Mapped[float]
    longitude: Mapped[float]
    arrives_at: Mapped[time]
    minutes_parked: Mapped[int] = mapped_column(default=20)
    weekday: Mapped[int]


class Borrower(Base):
    __tablename__ = "borrowers"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_number: Mapped[str] = mapped_column(String(14), unique=True)
    pin: Mapped[str] = mapped_column(String(4))
    forename: Mapped[str] = mapped_column(String(60))
    surname: Mapped[str] = mapped_column(String(60))
    address_line1: Mapped[str] = mapped_column(String(120))
    village: Mapped[str] = mapped_column(String(60))
    postcode: Mapped[str] = mapped_column(String(8))
    phone: Mapped[Optional[str]] = mapped_column(String(20))
    housebound: Mapped[bool] = mapped_column(default=False)
    large_print: Mapped[bool] = mapped_column(default=False)
    usual_stop_id: Mapped[Optional[int]] = mapped_column(ForeignKey("stops.id"))
    joined_on: Mapped[date]
    fines_owed: Mapped[Decimal] = mapped_column(Numeric(6, 2), default=Decimal("0.00"))

    loans: Mapped[list[Loan]] = relationship(back_populates="borrower")


class Loan(Base):
    __tablename__ = "loans"

    id: Mapped[int] = mapped_column(primary_key=True)
    borrower_id: Mapped[int] = mapped_column(ForeignKey("borrowers.id"), index=True)
    item_barcode: Mapped[str] = mapped_column(String(14))
    issued_on: Mapped[date]
    due_on: Mapped[date]
    returned_on: Mapped[Optional[date]]
    renewals: Mapped[int] = mapped_column(default=0)
    last_reminder_sent: Mapped[Optional[datetime]]

    borrower: Mapped[Borrower] = relationship(back_populates="loans")
