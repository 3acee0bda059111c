"""University disability service: students, advisers and support plans (ILPs)."""
from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Enum as SAEnum
from sqlalchemy import ForeignKey, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class PlanStatus(enum.Enum):
    DRAFT = "draft"
    AWAITING_EVIDENCE = "awaiting_evidence"
    AGREED = "agreed"
    EXPIRED = "expired"


class Student(Base):
    __tablename__ = "students"

    id: Mapped[int] = mapped_column(primary_key=True)
    student_number: Mapped[str] = mapped_column(String(12), unique=True, index=True)
    given_name: Mapped[str] = mapped_column(String(80))
    family_name: Mapped[str] = mapped_column(String(80))
    university_email: Mapped[str] = mapped_column(String(254), unique=True)
    personal_email: Mapped[str | None] = mapped_column(String(254))
    term_time_phone: Mapped[str | None] = mapped_column(String(20))
    course_code: Mapped[str] = mapped_column(String(16))
    year_of_study: Mapped[int]
    dsa_funded: Mapped[bool] = mapped_column(default=False)
    plans: Mapped[list[SupportPlan]] = relationship(back_populates="student")
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class Adviser(Base):
    __tablename__ = "advisers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254))
    extension: Mapped[str | None] = mapped_column(String(8))
    team: Mapped[str] = mapped_column(String(40), default="disability")
    caseload_limit: Mapped[int] = mapped_column(default=80)


class SupportPlan(Base):
    __tablename__ = "support_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("students.id"))
    student: Mapped[Student] = relationship(back_populates="plans")
    adviser_id: Mapped[int | None] = mapped_column(ForeignKey("advisers.id"))
    status: Mapped[PlanStatus] = mapped_column(SAEnum(PlanStatus), default=PlanStatus.DRAFT)
    primary_impairment: Mapped[str] = mapped_column(String(80))
    impairment_detail: Mapped[str | None] = mapped_column(Text)
    evidence_received: Mapped[bool] = mapped_column(default=False)
    extra_exam_time_pct: Mapped[int] = mapped_column(default=0)
    rest_breaks: Mapped[bool] = mapped_column(default=False)
    separate_room: Mapped[bool] = mapped_column(default=False)
    assistive_software: Mapped[str | None] = mapped_column(String(200))
    review_due: Mapped[date]
    agreed_at: Mapped[datetime | None]


class PlanShare(Base):
    """A plan summary sent to a module tutor, with the student's agreement."""

    __tablename__ = "plan_shares"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("support_plans.id"))
    module_code: Mapped[str] = mapped_column(String(16))
    tutor_email: Mapped[str] = mapped_column(String(254))
    student_consented: Mapped[bool] = mapped_column(default=False)
    shared_at: Mapped[datetime] = mapped_column(server_default=func.now())
