from datetime import date
from typing import Optional

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class SocialWorker(Base):
    __tablename__ = "social_workers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    team: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str] = mapped_column(String(20))
    email: Mapped[str] = mapped_column(String(200))


class Adopter(Base):
    __tablename__ = "adopters"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    date_of_birth: Mapped[date]
    marital_status: Mapped[str] = mapped_column(String(20))
    religion: Mapped[Optional[str]] = mapped_column(String(60))
    ethnicity: Mapped[Optional[str]] = mapped_column(String(60))
    sexual_orientation: Mapped[Optional[str]] = mapped_column(String(30))
    occupation: Mapped[Optional[str]] = mapped_column(String(80))
    household_income: Mapped[Optional[int]]
    address: Mapped[str] = mapped_column(Text)
    health_declaration: Mapped[Optional[str]] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String(20), default="enquiry")
    social_worker_id: Mapped[Optional[int]] = mapped_column(ForeignKey("social_workers.id"))

    social_worker: Mapped[Optional[SocialWorker]] = relationship()


class Child(Base):
    __tablename__ = "children"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(20), unique=True)
    first_name: Mapped[str] = mapped_column(String(60))
    date_of_birth: Mapped[date]
    gender: Mapped[str] = mapped_column(String(20))
    ethnicity: Mapped[Optional[str]] = mapped_column(String(60))
    health_needs: Mapped[Optional[str]] = mapped_column(Text)
    profile_text: Mapped[str] = mapped_column(Text, default="")
    placement_authority: Mapped[str] = mapped_column(String(80))
    sibling_group_id: Mapped[Optional[int]]


class Match(Base):
    __tablename__ = "matches"

    id: Mapped[int] = mapped_column(primary_key=True)
    adopter_id: Mapped[int] = mapped_column(ForeignKey("adopters.id"))
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"))
    proposed_on: Mapped[date]
    panel_date: Mapped[Optional[date]]
    panel_decision: Mapped[Optional[str]] = mapped_column(String(20))

    adopter: Mapped[Adopter] = relationship()
    child: Mapped[Child] = relationship()
