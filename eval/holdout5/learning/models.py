"""Courses, learners and their progress (SQLAlchemy 2.0 declarative mapping)."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Level(enum.Enum):
    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


class Instructor(Base):
    __tablename__ = "instructors"

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(120))
    headline: Mapped[str | None] = mapped_column(String(200))
    bio: Mapped[str | None] = mapped_column(Text)
    avatar_url: Mapped[str | None]
    payout_email: Mapped[str] = mapped_column(String(254))
    revenue_share: Mapped[Decimal] = mapped_column(default=Decimal("0.50"))
    courses: Mapped[list[Course]] = relationship(back_populates="instructor")


class Course(Base):
    __tablename__ = "courses"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text)
    level: Mapped[Level]
    language: Mapped[str] = mapped_column(String(8), default="en")
    price: Mapped[Decimal]
    published: Mapped[bool] = mapped_column(default=False)
    instructor_id: Mapped[int] = mapped_column(ForeignKey("instructors.id"))
    instructor: Mapped[Instructor] = relationship(back_populates="courses")
    lessons: Mapped[list[Lesson]] = relationship(order_by="Lesson.position")


class Lesson(Base):
    __tablename__ = "lessons"

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"))
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))
    video_url: Mapped[str | None]
    duration_seconds: Mapped[int] = mapped_column(default=0)
    transcript: Mapped[str | None] = mapped_column(Text)


class Learner(Base):
    __tablename__ = "learners"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    full_name: Mapped[str] = mapped_column(String(160))
    preferred_language: Mapped[str] = mapped_column(String(8), default="en")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    date_of_birth: Mapped[date | None]
    hashed_password: Mapped[str] = mapped_column(String(128))
    last_login_at: Mapped[datetime | None]
    marketing_opt_in: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    enrolments: Mapped[list[Enrolment]] = relationship(back_populates="learner")


class Enrolment(Base):
    __tablename__ = "enrolments"

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id"))
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"))
    learner: Mapped[Learner] = relationship(back_populates="enrolments")
    enrolled_at: Mapped[datetime] = mapped_column(server_default=func.now())
    progress_percent: Mapped[int] = mapped_column(default=0)
    completed_at: Mapped[datetime | None]
    final_grade: Mapped[str | None] = mapped_column(String(4))
    certificate_code: Mapped[str | None] = mapped_column(String(32), unique=True)


class QuizAttempt(Base):
    __tablename__ = "quiz_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolments.id"))
    lesson_id: Mapped[int] = mapped_column(ForeignKey("lessons.id"))
    score: Mapped[int]
    max_score: Mapped[int]
    answers: Mapped[str] = mapped_column(Text)
    time_spent_seconds: Mapped[int]
    submitted_at: Mapped[datetime]
