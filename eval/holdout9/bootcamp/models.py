from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Numeric, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    role: Mapped[str] = mapped_column(String(40))  # "lead instructor", "TA", "careers coach"


class Cohort(Base):
    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # e.g. "WEB-24-09"
    track: Mapped[str] = mapped_column(String(20))
    starts_on: Mapped[date] = mapped_column(Date)
    lead_instructor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    students: Mapped[list[Student]] = relationship(back_populates="cohort")


class Student(Base):
    __tablename__ = "students"

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id"))
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    github_username: Mapped[str | None] = mapped_column(String(39))
    date_of_birth: Mapped[date]
    prior_education: Mapped[str | None] = mapped_column(String(80))
    employment_status_at_entry: Mapped[str] = mapped_column(String(20))
    previous_salary: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    reasonable_adjustments: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="enrolled")
    enrolled_at: Mapped[datetime] = mapped_column(server_default=func.now())

    cohort: Mapped[Cohort] = relationship(back_populates="students")
    assessments: Mapped[list[Assessment]] = relationship(back_populates="student")


class Assessment(Base):
    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("students.id"))
    module: Mapped[str] = mapped_column(String(40))
    score: Mapped[int]
    passed: Mapped[bool]
    marked_by: Mapped[str] = mapped_column(String(64))  # instructor's login
    feedback: Mapped[str | None] = mapped_column(Text)
    submitted_at: Mapped[datetime]

    student: Mapped[Student] = relationship(back_populates="assessments")


class IncomeShareAgreement(Base):
    __tablename__ = "income_share_agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("students.id"), unique=True)
    share_pct: Mapped[Decimal] = mapped_column(Numeric(4, 2))
    payment_cap: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    repaid_to_date: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=0)
    signed_at: Mapped[datetime]


class Placement(Base):
    __tablename__ = "placements"

    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("students.id"))
    employer_name: Mapped[str] = mapped_column(String(120))
    job_title: Mapped[str] = mapped_column(String(120))
    starting_salary: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    remote: Mapped[bool] = mapped_column(default=False)
    reported_at: Mapped[datetime] = mapped_column(server_default=func.now())
