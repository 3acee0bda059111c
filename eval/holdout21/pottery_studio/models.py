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
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(255), unique=True)
    phone: Mapped[Optional[str]] = mapped_column(String(30))
    plan: Mapped[str] = mapped_column(String(20), default="10-hour")
    hours_remaining: Mapped[Decimal] = mapped_column(Numeric(5, 1), default=0)
    shelf_number: Mapped[Optional[int]]
    key_fob_id: Mapped[Optional[str]] = mapped_column(String(16), unique=True)
    induction_done: Mapped[bool] = mapped_column(default=False)
    health_notes: Mapped[Optional[str]] = mapped_column(Text)
    emergency_contact_name: Mapped[Optional[str]] = mapped_column(String(120))
    emergency_contact_phone: Mapped[Optional[str]] = mapped_column(String(30))
    last_visit_at: Mapped[Optional[datetime]]
    joined_on: Mapped[date] = mapped_column(default=date.today)

    pieces: Mapped[list["Piece"]] = relationship(back_populates="member")


class Kiln(Base):
    __tablename__ = "kilns"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    max_temp_c: Mapped[int]
    location: Mapped[str] = mapped_column(String(40))
    last_serviced: Mapped[Optional[date]]
    element_hours: Mapped[int] = mapped_column(default=0)


class Firing(Base):
    __tablename__ = "firings"

    id: Mapped[int] = mapped_column(primary_key=True)
    kiln_id: Mapped[int] = mapped_column(ForeignKey("kilns.id"))
    cone: Mapped[str] = mapped_column(String(4))
    loaded_at: Mapped[datetime]
    unloaded_at: Mapped[Optional[datetime]]
    loaded_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("members.id"))
    shelf_space_used_cm2: Mapped[int] = mapped_column(default=0)


class Piece(Base):
    __tablename__ = "pieces"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    member: Mapped[Member] = relationship(back_populates="pieces")
    firing_id: Mapped[Optional[int]] = mapped_column(ForeignKey("firings.id"))
    glaze: Mapped[Optional[str]] = mapped_column(String(60))
    weight_g: Mapped[int]
    status: Mapped[str] = mapped_column(String(20), default="greenware")
    photo_url: Mapped[Optional[str]] = mapped_column(String(255))
    fee_pence: Mapped[int] = mapped_column(default=0)


class ClassBooking(Base):
    __tablename__ = "class_bookings"

    id: Mapped[int] = mapped_column(primary_key=True)
    course_code: Mapped[str] = mapped_column(String(12))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    paid: Mapped[bool] = mapped_column(default=False)
    access_needs: Mapped[Optional[str]] = mapped_column(Text)
