"""Blood donation sessions, donors and stock (SQLAlchemy 2.0 Mapped)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Donor(Base):
    __tablename__ = "donors"

    id: Mapped[int] = mapped_column(primary_key=True)
    donor_number: Mapped[str] = mapped_column(String(12), unique=True)
    given_name: Mapped[str]
    family_name: Mapped[str]
    sex: Mapped[str] = mapped_column(String(1))
    date_of_birth: Mapped[date]
    blood_group: Mapped[str | None]
    email: Mapped[str | None]
    mobile: Mapped[str | None]
    address_line_1: Mapped[str]
    town: Mapped[str]
    postcode: Mapped[str]
    ethnic_group: Mapped[str | None]
    deferred_until: Mapped[date | None]
    deferral_reason: Mapped[str | None]
    reminder_sms: Mapped[bool] = mapped_column(default=True)
    last_donation_at: Mapped[datetime | None]
    donations: Mapped[list["Donation"]] = relationship(back_populates="donor")


class Venue(Base):
    __tablename__ = "venues"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    address: Mapped[str]
    postcode: Mapped[str]
    contact_phone: Mapped[str]
    booking_email: Mapped[str]
    step_free: Mapped[bool]
    parking_spaces: Mapped[int]


class Session(Base):
    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    venue_id: Mapped[int] = mapped_column(ForeignKey("venues.id"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    capacity: Mapped[int]
    team_leader_name: Mapped[str]


class Donation(Base):
    __tablename__ = "donations"

    id: Mapped[int] = mapped_column(primary_key=True)
    donor_id: Mapped[int] = mapped_column(ForeignKey("donors.id"))
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"))
    donor: Mapped[Donor] = relationship(back_populates="donations")
    pack_number: Mapped[str]
    haemoglobin_g_dl: Mapped[float]
    pulse_bpm: Mapped[int | None]
    adverse_reaction: Mapped[str | None]
    phlebotomist_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class HealthCheck(Base):
    __tablename__ = "health_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    donor_id: Mapped[int] = mapped_column(ForeignKey("donors.id"))
    recent_tattoo: Mapped[bool]
    travelled_to_malaria_area: Mapped[bool]
    takes_anticoagulants: Mapped[bool]
    is_pregnant: Mapped[bool]
    weight_kg: Mapped[float]
    comments: Mapped[str | None]


class StockLevel(Base):
    __tablename__ = "stock_levels"

    id: Mapped[int] = mapped_column(primary_key=True)
    blood_group: Mapped[str]
    units_available: Mapped[int]
    expiry_date: Mapped[date]
    hospital_name: Mapped[str]
    hospital_phone: Mapped[str]
