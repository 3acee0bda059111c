from datetime import datetime

from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Employee(Base):
    __tablename__ = "employees"

    id = Column(Integer, primary_key=True)
    employee_number = Column(String(10), unique=True, nullable=False)
    full_name = Column(String(160), nullable=False)
    work_email = Column(String(255))
    job_title = Column(String(120))
    department = Column(String(80))
    line_manager_id = Column(Integer, ForeignKey("employees.id"))
    start_date = Column(Date)
    union_member = Column(Boolean, default=False)

    line_manager = relationship("Employee", remote_side=[id])


class Case(Base):
    __tablename__ = "cases"

    id = Column(Integer, primary_key=True)
    reference = Column(String(12), unique=True, nullable=False)
    employee_id = Column(Integer, ForeignKey("employees.id"), nullable=False)
    case_type = Column(String(20), nullable=False)
    allegation = Column(Text)
    raised_by_id = Column(Integer, ForeignKey("employees.id"))
    investigating_officer_id = Column(Integer, ForeignKey("employees.id"))
    suspended = Column(Boolean, default=False)
    outcome = Column(String(30))
    appeal_lodged = Column(Boolean, default=False)
    status = Column(String(12), default="open")
    opened_on = Column(Date, default=datetime.utcnow)
    closed_on = Column(Date)

    employee = relationship("Employee", foreign_keys=[employee_id])


class Hearing(Base):
    __tablename__ = "hearings"

    id = Column(Integer, primary_key=True)
    case_id = Column(Integer, ForeignKey("cases.id"), nullable=False)
    held_at = Column(DateTime, nullable=False)
    room = Column(String(40))
    chair_id = Column(Integer, ForeignKey("employees.id"))
    companion_name = Column(String(120))
    companion_is_union_rep = Column(Boolean, default=False)
    minutes = Column(Text)
    recording_uri = Column(String(255))


class Evidence(Base):
    __tablename__ = "evidence"

    id = Column(Integer, primary_key=True)
    case_id = Column(Integer, ForeignKey("cases.id"), nullable=False)
    filename = Column(String(255))
    witness_name = Column(String(120))
    statement = Column(Text)
    uploaded_by_id = Column(Integer, ForeignKey("employees.id"))
    uploaded_at = Column(DateTime, default=datetime.utcnow)


class SicknessAbsence(Base):
    __tablename__ = "sickness_absences"

    id = Column(Integer, primary_key=True)
    employee_id = Column(Integer, ForeignKey("employees.id"), nullable=False)
    first_day = Column(Date, nullable=False)
    last_day = Column(Date)
    reason = Column(String(120))
    fit_note_received = Column(Boolean, default=False)
    bradford_score = Column(Integer)
