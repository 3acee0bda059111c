from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Applicant(Base):
    __tablename__ = "applicants"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_ref: Mapped[str] = mapped_column(String(12), unique=True)
    nino: Mapped[str | None] = mapped_column(String(9))
    forename: Mapped[str] = mapped_column(String(80))
    surname: Mapped[str] = mapped_column(String(80))
    dob: Mapped[dt.date]
    ethnicity: Mapped[str | None] = mapped_column(String(60))
    religion: Mapped[str | None] = mapped_column(String(60))
    sexual_orientation: Mapped[str | None] = mapped_column(String(40))
    preferred_language: Mapped[str] = mapped_column(String(20), default="English")
    interpreter_required: Mapped[bool] = mapped_column(default=False)
    current_address: Mapped[str] = mapped_column(String(300))
    postcode: Mapped[str] = mapped_column(String(10))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    household_size: Mapped[int] = mapped_column(default=1)
    band: Mapped[str] = mapped_column(String(1), default="D")
    status: Mapped[str] = mapped_column(String(12), default="active")
    medical_priority: Mapped[bool] = mapped_column(default=False)
    income_weekly: Mapped[Decimal | None]
    savings: Mapped[Decimal | None]
    local_connection: Mapped[bool] = mapped_column(default=False)
    registered_on: Mapped[dt.date]

    members: Mapped[list[HouseholdMember]] = relationship(back_populates="applicant")
    bids: Mapped[list[Bid]] = relationship(back_populates="applicant")


class HouseholdMember(Base):
    __tablename__ = "household_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"))
    name: Mapped[str] = mapped_column(String(160))
    date_of_birth: Mapped[dt.date | None]
    disabled: Mapped[bool] = mapped_column(default=False)
    pregnant: Mapped[bool] = mapped_column(default=False)

    applicant: Mapped[Applicant] = relationship(back_populates="members")


class Property(Base):
    __tablename__ = "properties"

    ref: Mapped[str] = mapped_column(String(10), primary_key=True)
    landlord_name: Mapped[str] = mapped_column(String(120))
    address_line: Mapped[str] = mapped_column(String(200))
    postcode: Mapped[str] = mapped_column(String(10))
    bedrooms: Mapped[int]
    floor: Mapped[int] = mapped_column(default=0)
    has_lift: Mapped[bool] = mapped_column(default=False)
    adapted: Mapped[bool] = mapped_column(default=False)
    rent_weekly: Mapped[Decimal]


class Bid(Base):
    __tablename__ = "bids"

    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"), index=True)
    property_ref: Mapped[str] = mapped_column(ForeignKey("properties.ref"))
    cycle: Mapped[str] = mapped_column(String(8))
    position: Mapped[int | None]
    placed_at: Mapped[dt.datetime]

    applicant: Mapped[Applicant] = relationship(back_populates="bids")
