from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Assembly(Base):
    __tablename__ = "assemblies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    commissioning_council: Mapped[str] = mapped_column(String(120))
    question: Mapped[str] = mapped_column(Text)
    target_size: Mapped[int] = mapped_column(default=40)
    first_meeting_on: Mapped[date]
    honorarium_per_day: Mapped[Decimal] = mapped_column(Numeric(6, 2))


class Invitee(Base):
    """A household that received an invitation letter in the lottery."""

    __tablename__ = "invitees"

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assemblies.id"))
    uprn: Mapped[str] = mapped_column(String(12), index=True)
    address_line1: Mapped[str] = mapped_column(String(120))
    postcode: Mapped[str] = mapped_column(String(10))
    invitation_code: Mapped[str] = mapped_column(String(8), unique=True)
    letter_sent_at: Mapped[datetime | None]


class Volunteer(Base):
    __tablename__ = "volunteers"

    id: Mapped[int] = mapped_column(primary_key=True)
    invitee_id: Mapped[int] = mapped_column(ForeignKey("invitees.id"))
    full_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    date_of_birth: Mapped[date]
    gender: Mapped[str] = mapped_column(String(20))
    ethnic_group: Mapped[str] = mapped_column(String(40))
    highest_qualification: Mapped[str] = mapped_column(String(40))
    disability: Mapped[bool] = mapped_column(default=False)
    climate_concern: Mapped[str] = mapped_column(String(20))
    vote_2019: Mapped[str | None] = mapped_column(String(30))
    deprivation_decile: Mapped[int | None]
    dietary_requirements: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="registered")

    invitee: Mapped["Invitee"] = relationship()


class Meeting(Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assemblies.id"))
    held_on: Mapped[date]
    venue: Mapped[str] = mapped_column(String(200))
    facilitator_name: Mapped[str] = mapped_column(String(120))


class Attendance(Base):
    __tablename__ = "attendance"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"), primary_key=True)
    attended: Mapped[bool] = mapped_column(default=False)
    childcare_needed: Mapped[bool] = mapped_column(default=False)


class Payment(Base):
    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"))
    account_name: Mapped[str] = mapped_column(String(120))
    sort_code: Mapped[str] = mapped_column(String(8))
    account_number: Mapped[str] = mapped_column(String(8))
    amount: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    paid_at: Mapped[datetime | None]
