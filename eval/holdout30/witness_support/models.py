from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Court(Base):
    __tablename__ = "courts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    court_code: Mapped[str] = mapped_column(String(6), unique=True)
    address: Mapped[str] = mapped_column(Text)
    witness_service_phone: Mapped[str] = mapped_column(String(20))


class Volunteer(Base):
    __tablename__ = "volunteers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(255))
    phone: Mapped[str] = mapped_column(String(20))
    dbs_expiry: Mapped[date | None]
    active: Mapped[bool] = mapped_column(default=True)


class Witness(Base):
    __tablename__ = "witnesses"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    date_of_birth: Mapped[date | None]
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(255))
    address_line1: Mapped[str | None] = mapped_column(String(120))
    postcode: Mapped[str | None] = mapped_column(String(8))
    witness_type: Mapped[str] = mapped_column(String(12))  # victim, prosecution, defence, expert
    vulnerable: Mapped[bool] = mapped_column(default=False)
    interpreter_language: Mapped[str | None] = mapped_column(String(30))
    safe_to_leave_voicemail: Mapped[bool] = mapped_column(default=False)
    police_officer_in_case: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())

    referrals: Mapped[list["Referral"]] = relationship(back_populates="witness")


class Hearing(Base):
    __tablename__ = "hearings"

    id: Mapped[int] = mapped_column(primary_key=True)
    court_id: Mapped[int] = mapped_column(ForeignKey("courts.id"))
    case_number: Mapped[str] = mapped_column(String(20))
    listed_for: Mapped[datetime]
    courtroom: Mapped[str | None] = mapped_column(String(10))
    defendant_name: Mapped[str] = mapped_column(String(120))
    offence: Mapped[str] = mapped_column(String(200))


class Referral(Base):
    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    witness_id: Mapped[int] = mapped_column(ForeignKey("witnesses.id"))
    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearings.id"))
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteers.id"))
    needs_assessment: Mapped[str | None] = mapped_column(Text)
    pre_trial_visit_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(30))
    closed_at: Mapped[datetime | None]

    witness: Mapped[Witness] = relationship(back_populates="referrals")
