from datetime import date, datetime
from typing import Optional

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(60))
    team: Mapped[str] = mapped_column(String(60))
    email: Mapped[str] = mapped_column(String(200), unique=True)
    extension: Mapped[Optional[str]] = mapped_column(String(6))


class YoungPerson(Base):
    __tablename__ = "young_people"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(12), unique=True)
    pnc_id: Mapped[Optional[str]] = mapped_column(String(14))
    forename: Mapped[str] = mapped_column(String(80))
    surname: Mapped[str] = mapped_column(String(80))
    known_as: Mapped[Optional[str]] = mapped_column(String(80))
    date_of_birth: Mapped[date]
    gender: Mapped[str] = mapped_column(String(20))
    ethnicity: Mapped[Optional[str]] = mapped_column(String(40))
    religion: Mapped[Optional[str]] = mapped_column(String(40))
    first_language: Mapped[Optional[str]] = mapped_column(String(30))
    address_line1: Mapped[str] = mapped_column(String(120))
    postcode: Mapped[str] = mapped_column(String(10))
    school: Mapped[Optional[str]] = mapped_column(String(120))
    excluded_from_school: Mapped[bool] = mapped_column(default=False)
    substance_misuse: Mapped[bool] = mapped_column(default=False)
    mental_health_concerns: Mapped[Optional[str]] = mapped_column(Text)
    case_worker_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))

    case_worker: Mapped[Optional[Staff]] = relationship()
    orders: Mapped[list["CourtOrder"]] = relationship(back_populates="young_person")


class CourtOrder(Base):
    __tablename__ = "court_orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    young_person_id: Mapped[int] = mapped_column(ForeignKey("young_people.id"))
    order_type: Mapped[str] = mapped_column(String(40))
    offence_summary: Mapped[str] = mapped_column(Text)
    court: Mapped[str] = mapped_column(String(80))
    made_on: Mapped[date]
    ends_on: Mapped[Optional[date]]
    reparation_hours: Mapped[int] = mapped_column(default=0)

    young_person: Mapped[YoungPerson] = relationship(back_populates="orders")


class Appointment(Base):
    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("court_orders.id"))
    scheduled_at: Mapped[datetime]
    location: Mapped[str] = mapped_column(String(80))
    attended: Mapped[Optional[bool]]
    officer_notes: Mapped[Optional[str]] = mapped_column(Text)
