from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Member(Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_number: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    date_of_birth: Mapped[Optional[date]]
    phone: Mapped[str] = mapped_column(String(20))
    address_line1: Mapped[str] = mapped_column(String(120))
    postcode: Mapped[str] = mapped_column(String(10))
    eligibility_reason: Mapped[str] = mapped_column(String(40))
    mobility_aid: Mapped[Optional[str]] = mapped_column(String(40))
    needs_escort: Mapped[bool] = mapped_column(default=False)
    escort_name: Mapped[Optional[str]] = mapped_column(String(120))
    gp_practice: Mapped[Optional[str]] = mapped_column(String(120))
    balance: Mapped[Decimal] = mapped_column(Numeric(8, 2), default=0)
    status: Mapped[str] = mapped_column(String(12), default="active")
    registered_on: Mapped[date]

    trips: Mapped[list["Trip"]] = relationship(back_populates="member")


class Driver(Base):
    __tablename__ = "drivers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str] = mapped_column(String(20))
    licence_number: Mapped[str] = mapped_column(String(18))
    midas_expiry: Mapped[Optional[date]]
    volunteer: Mapped[bool] = mapped_column(default=True)


class Vehicle(Base):
    __tablename__ = "vehicles"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration: Mapped[str] = mapped_column(String(8), unique=True)
    seats: Mapped[int]
    wheelchair_spaces: Mapped[int] = mapped_column(default=0)
    depot_lat: Mapped[float]
    depot_lng: Mapped[float]
    next_mot: Mapped[date]


class Trip(Base):
    __tablename__ = "trips"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    vehicle_id: Mapped[Optional[int]] = mapped_column(ForeignKey("vehicles.id"))
    driver_id: Mapped[Optional[int]] = mapped_column(ForeignKey("drivers.id"))
    pickup_address: Mapped[str] = mapped_column(String(250))
    destination: Mapped[str] = mapped_column(String(250))
    requested_for: Mapped[datetime]
    return_trip: Mapped[bool] = mapped_column(default=False)
    wheelchair_space_needed: Mapped[bool] = mapped_column(default=False)
    fare: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    driver_notes: Mapped[Optional[str]] = mapped_column(Text)

    member: Mapped[Member] = relationship(back_populates="trips")
