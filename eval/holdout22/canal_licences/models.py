from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Boater(Base):
    __tablename__ = "boaters"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_ref: Mapped[str] = mapped_column(String(12), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[Optional[str]] = mapped_column(String(20))
    postal_address: Mapped[Optional[str]] = mapped_column(String(400))
    continuous_cruiser: Mapped[bool] = mapped_column(default=False)
    direct_debit_sort_code: Mapped[Optional[str]] = mapped_column(String(8))
    direct_debit_account: Mapped[Optional[str]] = mapped_column(String(8))
    arrears: Mapped[Decimal] = mapped_column(Numeric(8, 2), default=0)
    portal_password_hash: Mapped[str] = mapped_column(String(128))
    last_portal_login: Mapped[Optional[dt.datetime]]

    boats: Mapped[list["Boat"]] = relationship(back_populates="owner")


class Boat(Base):
    __tablename__ = "boats"

    id: Mapped[int] = mapped_column(primary_key=True)
    index_number: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    length_m: Mapped[Decimal] = mapped_column(Numeric(4, 1))
    hull_type: Mapped[str] = mapped_column(String(20))
    boat_safety_cert_expiry: Mapped[dt.date]
    insurer: Mapped[str] = mapped_column(String(80))
    owner_id: Mapped[int] = mapped_column(ForeignKey("boaters.id"))

    owner: Mapped[Boater] = relationship(back_populates="boats")


class Licence(Base):
    __tablename__ = "licences"

    id: Mapped[int] = mapped_column(primary_key=True)
    boat_id: Mapped[int] = mapped_column(ForeignKey("boats.id"))
    kind: Mapped[str] = mapped_column(String(20))  # "12 month", "6 month", "visitor"
    valid_from: Mapped[dt.date]
    valid_to: Mapped[dt.date]
    fee: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    home_mooring_id: Mapped[Optional[int]] = mapped_column(ForeignKey("moorings.id"))


class Mooring(Base):
    __tablename__ = "moorings"

    id: Mapped[int] = mapped_column(primary_key=True)
    site: Mapped[str] = mapped_column(String(80))
    waterway: Mapped[str] = mapped_column(String(80))
    berth: Mapped[str] = mapped_column(String(10))
    grid_ref: Mapped[str] = mapped_column(String(14))


class Sighting(Base):
    """A patrol officer's record that a boat was seen at a place (enforces the 14-day rule)."""

    __tablename__ = "sightings"

    id: Mapped[int] = mapped_column(primary_key=True)
    boat_id: Mapped[int] = mapped_column(ForeignKey("boats.id"))
    seen_at: Mapped[dt.datetime]
    latitude: Mapped[float]
    longitude: Mapped[float]
    nearest_bridge: Mapped[Optional[str]] = mapped_column(String(40))
    officer_initials: Mapped[str] = mapped_column(String(4))
