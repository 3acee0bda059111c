from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Student(Base):
    __tablename__ = "students"

    id: Mapped[int] = mapped_column(primary_key=True)
    student_number: Mapped[str] = mapped_column(String(10), unique=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    preferred_name: Mapped[str | None] = mapped_column(String(80))
    university_email: Mapped[str] = mapped_column(String(254), unique=True)
    mobile: Mapped[str | None] = mapped_column(String(20))
    cohort: Mapped[str] = mapped_column(String(20))
    field_of_practice: Mapped[str] = mapped_column(String(30))
    home_postcode: Mapped[str] = mapped_column(String(8))
    has_car: Mapped[bool] = mapped_column(default=False)
    dbs_certificate_number: Mapped[str | None] = mapped_column(String(12))
    occupational_health_cleared: Mapped[bool] = mapped_column(default=False)
    reasonable_adjustments: Mapped[str | None] = mapped_column(Text)

    placements: Mapped[list[Placement]] = relationship(back_populates="student")


class PracticeArea(Base):
    __tablename__ = "practice_areas"

    id: Mapped[int] = mapped_column(primary_key=True)
    trust_name: Mapped[str] = mapped_column(String(160))
    ward_name: Mapped[str] = mapped_column(String(120))
    site_address: Mapped[str] = mapped_column(Text)
    ward_phone: Mapped[str] = mapped_column(String(20))
    specialty: Mapped[str] = mapped_column(String(60))
    capacity: Mapped[int] = mapped_column(default=2)
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]


class Assessor(Base):
    """Registered nurse acting as practice assessor for students on a ward."""

    __tablename__ = "assessors"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(160))
    nmc_pin: Mapped[str] = mapped_column(String(8), unique=True)
    work_email: Mapped[str] = mapped_column(String(254))
    band: Mapped[int]
    area_id: Mapped[int] = mapped_column(ForeignKey("practice_areas.id"))


class Placement(Base):
    __tablename__ = "placements"

    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("students.id"))
    area_id: Mapped[int] = mapped_column(ForeignKey("practice_areas.id"))
    assessor_id: Mapped[int | None] = mapped_column(ForeignKey("assessors.id"))
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date]
    shift_pattern: Mapped[str] = mapped_column(String(40), default="long days")
    hours_completed: Mapped[Decimal] = mapped_column(Numeric(6, 2), default=0)
    absence_days: Mapped[int] = mapped_column(default=0)
    grade: Mapped[str | None] = mapped_column(String(10))
    assessor_comments: Mapped[str | None] = mapped_column(Text)

    student: Mapped[Student] = relationship(back_populates="placements")
    area: Mapped[PracticeArea] = relationship()


class TravelClaim(Base):
    __tablename__ = "travel_claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placements.id"))
    miles: Mapped[Decimal] = mapped_column(Numeric(6, 1))
    amount: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    payee_sort_code: Mapped[str] = mapped_column(String(8))
    payee_account_number: Mapped[str] = mapped_column(String(8))
    submitted_at: Mapped[dt.datetime]
