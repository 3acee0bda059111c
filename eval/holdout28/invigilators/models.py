from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Invigilator(Base):
    __tablename__ = "invigilators"

    id = Column(Integer, primary_key=True)
    staff_number = Column(String(10), unique=True, nullable=False)
    title = Column(String(10))
    forename = Column(String(60), nullable=False)
    surname = Column(String(60), nullable=False)
    email = Column(String(254), nullable=False)
    phone = Column(String(20))
    ni_number = Column(String(9))
    bank_sort_code = Column(String(8))
    bank_account_number = Column(String(8))
    hourly_rate = Column(Numeric(5, 2), nullable=False)
    is_lead = Column(Boolean, default=False)
    right_to_work_checked = Column(Boolean, default=False)
    contract_start = Column(Date)
    max_hours_per_week = Column(Integer, default=20)
    active = Column(Boolean, default=True)

    assignments = relationship("Assignment", back_populates="invigilator")


class ExamRoom(Base):
    __tablename__ = "exam_rooms"

    id = Column(Integer, primary_key=True)
    building = Column(String(60), nullable=False)
    room_code = Column(String(12), nullable=False)
    capacity = Column(Integer, nullable=False)
    has_wall_clock = Column(Boolean, default=True)
    step_free = Column(Boolean, default=True)


class ExamSession(Base):
    __tablename__ = "exam_sessions"

    id = Column(Integer, primary_key=True)
    paper_code = Column(String(12), nullable=False)
    paper_title = Column(String(120))
    room_id = Column(Integer, ForeignKey("exam_rooms.id"), nullable=False)
    starts_at = Column(DateTime, nullable=False)
    duration_minutes = Column(Integer, nullable=False)
    candidates_expected = Column(Integer)
    chief_invigilator_id = Column(Integer, ForeignKey("invigilators.id"))

    room = relationship("ExamRoom")


class Assignment(Base):
    __tablename__ = "invigilation_assignments"

    id = Column(Integer, primary_key=True)
    session_id = Column(Integer, ForeignKey("exam_sessions.id"), nullable=False)
    invigilator_id = Column(Integer, ForeignKey("invigilators.id"), nullable=False)
    role = Column(String(12), default="floor")
    confirmed = Column(Boolean, default=False)
    hours_claimed = Column(Numeric(4, 2))

    invigilator = relationship("Invigilator", back_populates="assignments")


class Incident(Base):
    __tablename__ = "exam_incidents"

    id = Column(Integer, primary_key=True)
    session_id = Column(Integer, ForeignKey("exam_sessions.id"), nullable=False)
    reported_by_id = Column(Integer, ForeignKey("invigilators.id"))
    candidate_number = Column(String(10))
    desk = Column(String(6))
    category = Column(String(30))
    description = Column(Text)
    occurred_at = Column(DateTime)
