from datetime import datetime

from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.ext.declarative import declarative_base

Base = declarative_base()


class Learner(Base):
    __tablename__ = "learners"

    id = Column(Integer, primary_key=True)
    first_name = Column(String(60), nullable=False)
    last_name = Column(String(60), nullable=False)
    date_of_birth = Column(Date)
    email = Column(String(255))
    phone = Column(String(30))
    postcode = Column(String(10))
    first_language = Column(String(40), default="English")
    highest_qualification = Column(String(60))
    initial_reading_level = Column(String(12))
    dyslexia_suspected = Column(Boolean, default=False)
    employment_status = Column(String(30))
    receiving_universal_credit = Column(Boolean, default=False)
    fee_waived = Column(Boolean, default=False)
    created_at = Column(DateTime, default=datetime.utcnow)


class Tutor(Base):
    __tablename__ = "tutors"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    email = Column(String(255), unique=True)
    dbs_number = Column(String(20))
    hourly_rate = Column(Numeric(6, 2))
    qualified_teacher_status = Column(Boolean, default=False)


class Course(Base):
    __tablename__ = "courses"

    id = Column(Integer, primary_key=True)
    title = Column(String(120))
    level = Column(String(12))
    venue = Column(String(120))
    day_of_week = Column(Integer)
    tutor_id = Column(Integer, ForeignKey("tutors.id"))
    max_learners = Column(Integer, default=10)


class Enrolment(Base):
    __tablename__ = "enrolments"

    id = Column(Integer, primary_key=True)
    learner_id = Column(Integer, ForeignKey("learners.id"), nullable=False)
    course_id = Column(Integer, ForeignKey("courses.id"), nullable=False)
    enrolled_on = Column(Date)
    attendance_pct = Column(Integer)
    completed = Column(Boolean, default=False)
    withdrawn_reason = Column(Text)


class Assessment(Base):
    __tablename__ = "assessments"

    id = Column(Integer, primary_key=True)
    learner_id = Column(Integer, ForeignKey("learners.id"), nullable=False)
    assessed_on = Column(Date)
    reading_score = Column(Integer)
    writing_score = Column(Integer)
    assessor_comment = Column(Text)
