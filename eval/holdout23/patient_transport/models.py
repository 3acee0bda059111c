from datetime import date, datetime, time
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .enums import BookingStatus, Mobility


class Base(DeclarativeBase):
    pass


class Patient(Base):
    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(primary_key=True)
    nhs_number: Mapped[str] = mapped_column(String(10), unique=True, index=True)
    forename: Mapped[str] = mapped_column(String(60))
    surname: Mapped[str] = mapped_column(String(60))
    date_of_birth: Mapped[date]
    pickup_address: Mapped[str] = mapped_column(Text)
    pickup_postcode: Mapped[str] = mapped_column(String(8))
    phone: Mapped[Optional[str]] = mapped_column(String(20))
    mobility: Mapped[Mobility]
    oxygen_required: Mapped[bool] = mapped_column(default=False)
    weight_kg: Mapped[Optional[Decimal]] = mapped_column(Numeric(5, 1))
    access_notes: Mapped[Optional[str]] = mapped_column(Text)
    key_safe_code: Mapped[Optional[str]] = mapped_column(String(12))
    gp_practice_code: Mapped[Optional[str]] = mapped_column(String(6))

    bookings: Mapped[list["Booking"]] = relationship(back_populates="patient")


class Booking(Base):
    __tablename__ = "bookings"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    patient: Mapped[Patient] = relationship(back_populates="bookings")
    appointment_at: Mapped[datetime]
    destination_site: Mapped[str] = mapped_column(String(80))
    clinic: Mapped[str] = mapped_column(String(80))
    return_journey: Mapped[bool] = mapped_column(default=True)
    escort_travelling: Mapped[bool] = mapped_column(default=False)
    status: Mapped[BookingStatus] = mapped_column(default=BookingStatus.REQUESTED)
    eligibility_reason: Mapped[Optional[str]] = mapped_column(Text)
    booked_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class Vehicle(Base):
    __tablename__ = "vehicles"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration: Mapped[str] = mapped_column(String(8), unique=True)
    call_sign: Mapped[str] = mapped_column(String(10))
    stretcher_capable: Mapped[bool] = mapped_column(default=False)
    wheelchair_spaces: Mapped[int] = mapped_column(default=1)
    depot: Mapped[str] = mapped_column(String(40))


class Run(Base):
    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"))
    run_date: Mapped[date]
    driver_name: Mapped[str] = mapped_column(String(80))
    attendant_name: Mapped[Optional[str]] = mapped_column(String(80))


class RunStop(Base):
    __tablename__ = "run_stops"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"))
    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id"))
    sequence: Mapped[int]
    eta: Mapped[Optional[time]]
    arrived_at: Mapped[Optional[datetime]]
    pickup_lat: Mapped[float]
    pickup_lng: Mapped[float]
