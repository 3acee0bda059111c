from datetime import date, datetime, time
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Guardian(Base):
    __tablename__ = "guardians"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254), unique=True, index=True)
    mobile: Mapped[str] = mapped_column(String(30))
    address_line1: Mapped[str] = mapped_column(String(120))
    town: Mapped[str] = mapped_column(String(60))
    postcode: Mapped[str] = mapped_column(String(10))
    emergency_phone: Mapped[Optional[str]] = mapped_column(String(30))
    password_hash: Mapped[str] = mapped_column(String(255))
    marketing_opt_in: Mapped[bool] = mapped_column(default=False)
    account_credit: Mapped[Decimal] = mapped_column(Numeric(8, 2), default=Decimal("0.00"))
    skaters: Mapped[list["Skater"]] = relationship(back_populates="guardian")


class Skater(Base):
    __tablename__ = "skaters"

    id: Mapped[int] = mapped_column(primary_key=True)
    guardian_id: Mapped[Optional[int]] = mapped_column(ForeignKey("guardians.id"))
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    date_of_birth: Mapped[date]
    badge_stage: Mapped[str] = mapped_column(String(20), default="Stage 1")
    medical_notes: Mapped[Optional[str]] = mapped_column(Text)
    photo_consent: Mapped[bool] = mapped_column(default=False)
    skate_size: Mapped[Optional[str]] = mapped_column(String(6))
    hire_skates: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    guardian: Mapped[Optional[Guardian]] = relationship(back_populates="skaters")


class Coach(Base):
    __tablename__ = "coaches"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254))
    coaching_licence_no: Mapped[str] = mapped_column(String(20))
    dbs_certificate_no: Mapped[Optional[str]] = mapped_column(String(20))
    hourly_rate: Mapped[Decimal] = mapped_column(Numeric(6, 2))


class LessonBlock(Base):
    __tablename__ = "lesson_blocks"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(80))
    rink: Mapped[str] = mapped_column(String(20), default="main")
    weekday: Mapped[int]
    start_time: Mapped[time]
    coach_id: Mapped[Optional[int]] = mapped_column(ForeignKey("coaches.id"))
    capacity: Mapped[int] = mapped_column(default=12)
    price: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    min_age: Mapped[int] = mapped_column(default=4)


class Enrolment(Base):
    __tablename__ = "enrolments"

    id: Mapped[int] = mapped_column(primary_key=True)
    skater_id: Mapped[int] = mapped_column(ForeignKey("skaters.id"))
    block_id: Mapped[int] = mapped_column(ForeignKey("lesson_blocks.id"))
    sessions_attended: Mapped[int] = mapped_column(default=0)
    amount_paid: Mapped[Decimal] = mapped_column(Numeric(6, 2))
