"""Case management tables of a magistrates' court listing office (classic declarative)."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Courthouse(Base):
    __tablename__ = "courthouses"

    id = Column(Integer, primary_key=True)
    code = Column(String(6), unique=True, nullable=False)
    name = Column(String(120), nullable=False)
    address = Column(Text)
    switchboard = Column(String(20))
    listing_office_email = Column(String(254))
    courtrooms = Column(Integer, default=1)
    has_video_link = Column(Boolean, default=True)


class Party(Base):
    __tablename__ = "parties"

    id = Column(Integer, primary_key=True)
    kind = Column(String(12))  # "person" or "organisation" at the bench clerk's choice
    forenames = Column(String(120))
    surname = Column(String(80))
    dob = Column(Date)
    ni_number = Column(String(13))
    address_line_1 = Column(String(120))
    town = Column(String(80))
    postcode = Column(String(10))
    telephone_home = Column(String(20))
    interpreter_language = Column(String(40))
    needs_interpreter = Column(Boolean, default=False)
    pnc_id = Column(String(14))
    created_on = Column(DateTime, server_default=func.now())


class Case(Base):
    __tablename__ = "cases"

    id = Column(Integer, primary_key=True)
    urn = Column(String(11), unique=True, nullable=False)
    courthouse_id = Column(Integer, ForeignKey("courthouses.id"))
    defendant_id = Column(Integer, ForeignKey("parties.id"))
    defendant = relationship("Party", foreign_keys=[defendant_id])
    prosecutor = Column(String(80))
    case_type = Column(String(20))
    offence_wording = Column(Text)
    plea = Column(String(16))
    bail_conditions = Column(Text)
    in_custody = Column(Boolean, default=False)
    stage = Column(String(20), default="first_hearing")
    opened = Column(Date)
    closed = Column(Date)


class Hearing(Base):
    __tablename__ = "hearings"

    id = Column(Integer, primary_key=True)
    case_id = Column(Integer, ForeignKey("cases.id"), nullable=False)
    courtroom = Column(String(8))
    starts_at = Column(DateTime, nullable=False)
    estimate_minutes = Column(Integer, default=30)
    hearing_type = Column(String(30))
    legal_adviser_id = Column(Integer, ForeignKey("staff.id"))
    outcome_code = Column(String(10))
    adjourned = Column(Boolean, default=False)


class Representation(Base):
    __tablename__ = "representations"

    id = Column(Integer, primary_key=True)
    case_id = Column(Integer, ForeignKey("cases.id"))
    solicitor_name = Column(String(120))
    firm = Column(String(120))
    firm_dx = Column(String(30))
    solicitor_email = Column(String(254))
    legal_aid_ref = Column(String(20))
    means_test_income = Column(Integer)


class Staff(Base):
    __tablename__ = "staff"

    id = Column(Integer, primary_key=True)
    login = Column(String(40), unique=True)
    display_name = Column(String(120))
    role = Column(String(30))
    last_login = Column(DateTime)
    active = Column(Boolean, default=True)
