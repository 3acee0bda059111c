from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Venue(Base):
    __tablename__ = "venues"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(Text)
    postcode: Mapped[str] = mapped_column(String(8))
    capacity: Mapped[int]
    parking_spaces: Mapped[Optional[int]]


class Trainer(Base):
    __tablename__ = "trainers"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainer_code: Mapped[str] = mapped_column(String(8), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254))
    mobile: Mapped[Optional[str]] = mapped_column(String(20))
    accreditation_expires: Mapped[Optional[date]]
    day_rate: Mapped[Decimal] = mapped_column(Numeric(7, 2))


class Client(Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    offer_reference: Mapped[str] = mapped_column(String(16), unique=True)
    police_force: Mapped[str] = mapped_column(String(40))
    title: Mapped[Optional[str]] = mapped_column(String(10))
    first_name: Mapped[str] = mapped_column(String(60))
    surname: Mapped[str] = mapped_column(String(60))
    date_of_birth: Mapped[date]
    driving_licence_number: Mapped[str] = mapped_column(String(16))
    address_line_1: Mapped[str] = mapped_column(String(120))
    address_line_2: Mapped[Optional[str]] = mapped_column(String(120))
    town: Mapped[str] = mapped_column(String(60))
    postcode: Mapped[str] = mapped_column(String(8))
    email: Mapped[Optional[str]] = mapped_column(String(254))
    phone: Mapped[Optional[str]] = mapped_column(String(20))
    vehicle_registration: Mapped[str] = mapped_column(String(8))
    offence_date: Mapped[date]
    offence_location: Mapped[str] = mapped_column(String(160))
    speed_limit_mph: Mapped[int]
    detected_speed_mph: Mapped[int]
    needs_interpreter: Mapped[bool] = mapped_column(default=False)
    reading_support: Mapped[bool] = mapped_column(default=False)
    offer_expires: Mapped[date]

    bookings: Mapped[list["Booking"]] = relationship(back_populates="client")


class CourseSession(Base):
    __tablename__ = "course_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    venue_id: Mapped[Optional[int]] = mapped_column(ForeignKey("venues.id"))
    trainer_id: Mapped[int] = mapped_column(ForeignKey("trainers.id"))
    starts_at: Mapped[datetime]
    delivery: Mapped[str] = mapped_column(String(10), default="online")
    meeting_link: Mapped[Optional[str]] = mapped_column(String(300))
    seats: Mapped[int] = mapped_column(default=24)


class Booking(Base):
    __tablename__ = "bookings"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    session_id: Mapped[int] = mapped_column(ForeignKey("course_sessions.id"))
    booked_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)
    fee_paid: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    payment_reference: Mapped[Optional[str]] = mapped_column(String(40))
    attended: Mapped[Optional[bool]]

    client: Mapped[Client] = relationship(back_populates="bookings")
