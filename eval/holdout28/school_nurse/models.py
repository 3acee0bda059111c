from datetime import date, datetime
from typing import Optional

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class School(Base):
    __tablename__ = "schools"

    id: Mapped[int] = mapped_column(primary_key=True)
    urn: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(String(200))
    postcode: Mapped[str] = mapped_column(String(8))
    office_email: Mapped[str] = mapped_column(String(254))
    head_teacher: Mapped[Optional[str]] = mapped_column(String(80))


class Nurse(Base):
    __tablename__ = "nurses"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    nmc_pin: Mapped[str] = mapped_column(String(10), unique=True)
    email: Mapped[str] = mapped_column(String(254))
    team: Mapped[str] = mapped_column(String(40))


class ImmunisationSession(Base):
    __tablename__ = "immunisation_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"))
    held_on: Mapped[date]
    programme: Mapped[str] = mapped_column(String(30))
    year_groups: Mapped[str] = mapped_column(String(20))
    lead_nurse_id: Mapped[int] = mapped_column(ForeignKey("nurses.id"))
    doses_supplied: Mapped[int] = mapped_column(default=0)

    school: Mapped[School] = relationship()


class Pupil(Base):
    __tablename__ = "pupils"

    id: Mapped[int] = mapped_column(primary_key=True)
    nhs_number: Mapped[Optional[str]] = mapped_column(String(10), index=True)
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    date_of_birth: Mapped[date]
    sex: Mapped[str] = mapped_column(String(1))
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"))
    year_group: Mapped[int]
    registration_group: Mapped[Optional[str]] = mapped_column(String(8))
    home_postcode: Mapped[Optional[str]] = mapped_column(String(8))
    gp_practice: Mapped[Optional[str]] = mapped_column(String(80))
    parent_email: Mapped[Optional[str]] = mapped_column(String(254))
    parent_mobile: Mapped[Optional[str]] = mapped_column(String(20))


class Consent(Base):
    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id"))
    programme: Mapped[str] = mapped_column(String(30))
    response: Mapped[str] = mapped_column(String(10))
    refusal_reason: Mapped[Optional[str]] = mapped_column(Text)
    parent_name: Mapped[str] = mapped_column(String(120))
    relationship_to_child: Mapped[str] = mapped_column(String(30))
    allergies: Mapped[Optional[str]] = mapped_column(Text)
    medical_conditions: Mapped[Optional[str]] = mapped_column(Text)
    current_medication: Mapped[Optional[str]] = mapped_column(Text)
    signature_svg: Mapped[Optional[str]] = mapped_column(Text)
    received_at: Mapped[datetime]


class Vaccination(Base):
    __tablename__ = "vaccinations"

    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id"))
    session_id: Mapped[int] = mapped_column(ForeignKey("immunisation_sessions.id"))
    outcome: Mapped[str] = mapped_column(String(20))
    vaccine: Mapped[Optional[str]] = mapped_column(String(40))
    dose_number: Mapped[Optional[int]]
    injection_site: Mapped[Optional[str]] = mapped_column(String(20))
    batch_number: Mapped[Optional[str]] = mapped_column(String(20))
    given_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("nurses.id"))
    recorded_at: Mapped[datetime]
    reaction_notes: Mapped[Optional[str]] = mapped_column(Text)

    pupil: Mapped[Pupil] = relationship()
