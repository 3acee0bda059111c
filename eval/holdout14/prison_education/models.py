from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, Numeric, String, Text, func
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Establishment(Base):
    __tablename__ = "establishments"

    id = Column(Integer, primary_key=True)
    code = Column(String(3), unique=True, nullable=False)
    name = Column(String(120), nullable=False)
    security_category = Column(String(1))
    education_provider = Column(String(120))
    learning_centre_phone = Column(String(20))


class Learner(Base):
    __tablename__ = "learners"

    id = Column(Integer, primary_key=True)
    prison_number = Column(String(7), unique=True, index=True, nullable=False)
    establishment_id = Column(Integer, ForeignKey("establishments.id"))
    forename = Column(String(60), nullable=False)
    surname = Column(String(60), nullable=False)
    date_of_birth = Column(Date)
    uln = Column(String(10))
    cell_location = Column(String(12))
    first_language = Column(String(40))
    highest_qualification = Column(String(40))
    english_level = Column(String(12))
    maths_level = Column(String(12))
    ldd_declared = Column(Boolean, default=False)
    earliest_release_date = Column(Date)
    created_at = Column(DateTime, server_default=func.now())

    enrolments = relationship("Enrolment", back_populates="learner")


class Tutor(Base):
    __tablename__ = "tutors"

    id = Column(Integer, primary_key=True)
    staff_number = Column(String(10), unique=True)
    name = Column(String(120), nullable=False)
    email = Column(String(254))
    subject_specialism = Column(String(60))
    vetting_expires = Column(Date)


class Course(Base):
    __tablename__ = "courses"

    id = Column(Integer, primary_key=True)
    title = Column(String(120), nullable=False)
    qualification_code = Column(String(12))
    level = Column(String(10))
    guided_hours = Column(Integer)
    room = Column(String(20))
    max_learners = Column(Integer, default=12)
    tutor_id = Column(Integer, ForeignKey("tutors.id"))


class Enrolment(Base):
    __tablename__ = "enrolments"

    id = Column(Integer, primary_key=True)
    learner_id = Column(Integer, ForeignKey("learners.id"), nullable=False)
    course_id = Column(Integer, ForeignKey("courses.id"), nullable=False)
    enrolled_on = Column(Date)
    status = Column(String(12), default="active")
    attendance_pct = Column(Numeric(5, 2))
    predicted_grade = Column(String(4))
    achieved_grade = Column(String(4))
    withdrawal_reason = Column(Text)
    session_pay = Column(Numeric(5, 2))

    learner = relationship("Learner", back_populates="enrolments")
