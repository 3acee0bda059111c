from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Driver(Base):
    __tablename__ = "drivers"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    mobile: Mapped[str] = mapped_column(String(20))
    home_postcode: Mapped[str] = mapped_column(String(10))
    licence_number: Mapped[str] = mapped_column(String(16))
    dbs_number: Mapped[str | None] = mapped_column(String(12))
    insurance_confirmed_until: Mapped[date | None]
    car_registration: Mapped[str] = mapped_column(String(8))
    car_seats: Mapped[int] = mapped_column(default=3)
    wheelchair_accessible: Mapped[bool] = mapped_column(default=False)
    mileage_rate_pence: Mapped[int] = mapped_column(default=45)
    active: Mapped[bool] = mapped_column(default=True)


class Passenger(Base):
    __tablename__ = "passengers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(Text)
    date_of_birth: Mapped[date | None]
    mobility_aid: Mapped[str | None] = mapped_column(String(40))
    needs_escort: Mapped[bool] = mapped_column(default=False)
    pickup_notes: Mapped[str | None] = mapped_column(Text)
    concession_card_number: Mapped[str | None] = mapped_column(String(20))
    registered_at: Mapped[datetime] = mapped_column(server_default=func.now())


class Trip(Base):
    __tablename__ = "trips"

    id: Mapped[int] = mapped_column(primary_key=True)
    passenger_id: Mapped[int] = mapped_column(ForeignKey("passengers.id"))
    driver_id: Mapped[int | None] = mapped_column(ForeignKey("drivers.id"))
    pickup_at: Mapped[datetime]
    pickup_address: Mapped[str] = mapped_column(Text)
    destination_name: Mapped[str] = mapped_column(String(120))
    purpose: Mapped[str] = mapped_column(String(20), default="medical")
    return_required: Mapped[bool] = mapped_column(default=True)
    miles: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    fare: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))

    passenger: Mapped[Passenger] = relationship()


class Vehicle(Base):
    __tablename__ = "vehicles"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration: Mapped[str] = mapped_column(String(8), unique=True)
    seats: Mapped[int]
    tail_lift: Mapped[bool] = mapped_column(default=False)
    mot_due: Mapped[date]
    depot_postcode: Mapped[str] = mapped_column(String(10))
    tracker_imei: Mapped[str | None] = mapped_column(String(15))
