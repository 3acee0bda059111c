from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Trainer(Base):
    __tablename__ = "trainers"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    phone: Mapped[str | None] = mapped_column(String(24))
    qualification: Mapped[str] = mapped_column(String(120))
    day_rate: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    dbs_checked_on: Mapped[date | None]


class Venue(Base):
    __tablename__ = "venues"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    address_line1: Mapped[str] = mapped_column(String(120))
    postcode: Mapped[str] = mapped_column(String(10))
    parking_info: Mapped[str | None] = mapped_column(Text)
    max_capacity: Mapped[int] = mapped_column(default=12)


class Course(Base):
    __tablename__ = "courses"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    title: Mapped[str] = mapped_column(String(160))
    duration_days: Mapped[int] = mapped_column(default=1)
    certificate_valid_years: Mapped[int] = mapped_column(default=3)
    price: Mapped[Decimal] = mapped_column(Numeric(8, 2))


class Client(Base):
    """A company that books its staff onto courses."""

    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_name: Mapped[str] = mapped_column(String(160))
    billing_email: Mapped[str] = mapped_column(String(254))
    billing_address: Mapped[str] = mapped_column(Text)
    booker_name: Mapped[str] = mapped_column(String(120))
    booker_email: Mapped[str] = mapped_column(String(254))
    credit_terms_days: Mapped[int] = mapped_column(default=30)


class CourseRun(Base):
    __tablename__ = "course_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"))
    venue_id: Mapped[int] = mapped_column(ForeignKey("venues.id"))
    trainer_id: Mapped[int | None] = mapped_column(ForeignKey("trainers.id"))
    starts_on: Mapped[date]
    places: Mapped[int] = mapped_column(default=12)
    status: Mapped[str] = mapped_column(String(16), default="scheduled")

    delegates: Mapped[list[Delegate]] = relationship(back_populates="course_run")


class Delegate(Base):
    __tablename__ = "delegates"

    id: Mapped[int] = mapped_column(primary_key=True)
    course_run_id: Mapped[int] = mapped_column(ForeignKey("course_runs.id"))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(254))
    date_of_birth: Mapped[date]
    job_role: Mapped[str | None] = mapped_column(String(80))
    additional_needs: Mapped[str | None] = mapped_column(Text)
    attended_day1: Mapped[bool] = mapped_column(default=False)
    attended_day2: Mapped[bool] = mapped_column(default=False)
    assessment_result: Mapped[str | None] = mapped_column(String(12))
    certificate_number: Mapped[str | None] = mapped_column(String(20), unique=True)
    certificate_expires: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())

    course_run: Mapped[CourseRun] = relationship(back_populates="delegates")
