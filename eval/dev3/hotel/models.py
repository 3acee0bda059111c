"""Hotel property-management system on SQLAlchemy 2.0."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Property(Base):
    __tablename__ = "property"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    address_line1: Mapped[str] = mapped_column(String(120))
    city: Mapped[str] = mapped_column(String(60))
    postcode: Mapped[str] = mapped_column(String(10))
    phone: Mapped[str] = mapped_column(String(20))
    lat: Mapped[float]
    lng: Mapped[float]
    timezone: Mapped[str] = mapped_column(String(40))
    star_rating: Mapped[int]


class Guest(Base):
    __tablename__ = "guest"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    address_line1: Mapped[str | None] = mapped_column(String(120))
    town: Mapped[str | None] = mapped_column(String(60))
    postcode: Mapped[str | None] = mapped_column(String(10))
    country: Mapped[str | None] = mapped_column(String(2))
    date_of_birth: Mapped[date | None]
    nationality: Mapped[str | None] = mapped_column(String(2))
    passport_number: Mapped[str | None] = mapped_column(String(20))
    id_document_expiry: Mapped[date | None]
    vip: Mapped[bool] = mapped_column(default=False)
    blacklisted: Mapped[bool] = mapped_column(default=False)
    preferences_note: Mapped[str | None] = mapped_column(Text)
    dietary_requirements: Mapped[str | None] = mapped_column(String(200))
    accessibility_needs: Mapped[str | None] = mapped_column(String(200))
    marketing_consent: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]

    reservations: Mapped[list[Reservation]] = relationship(back_populates="guest")


class Reservation(Base):
    __tablename__ = "reservation"

    id: Mapped[int] = mapped_column(primary_key=True)
    guest_id: Mapped[int] = mapped_column(ForeignKey("guest.id"))
    property_id: Mapped[int] = mapped_column(ForeignKey("property.id"))
    confirmation_code: Mapped[str] = mapped_column(String(10))
    arrival: Mapped[date]
    departure: Mapped[date]
    adults: Mapped[int]
    children: Mapped[int]
    rate_plan: Mapped[str] = mapped_column(String(20))
    total_amount: Mapped[Decimal]
    special_requests: Mapped[str | None] = mapped_column(Text)
    eta: Mapped[time | None]
    source: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12))

    guest: Mapped[Guest] = relationship(back_populates="reservations")


class FolioPayment(Base):
    __tablename__ = "folio_payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    reservation_id: Mapped[int] = mapped_column(ForeignKey("reservation.id"))
    card_holder_name: Mapped[str] = mapped_column(String(120))
    card_expiry_month: Mapped[int]
    card_expiry_year: Mapped[int]
    card_last4: Mapped[str] = mapped_column(String(4))
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    auth_code: Mapped[str] = mapped_column(String(12))


class Housekeeper(Base):
    __tablename__ = "housekeeper"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    employee_no: Mapped[str] = mapped_column(String(10))
    shift: Mapped[str] = mapped_column(String(10))
    phone: Mapped[str] = mapped_column(String(20))
    floor: Mapped[int]
