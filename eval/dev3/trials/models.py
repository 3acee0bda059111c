"""Clinical-trial data capture (SQLAlchemy classic declarative)."""

from sqlalchemy import Boolean, Column, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Site(Base):
    __tablename__ = "site"

    id = Column(Integer, primary_key=True)
    site_code = Column(String(8), unique=True)
    name = Column(String(120))
    address = Column(String(200))
    phone = Column(String(20))
    pi_name = Column(String(120))
    pi_gmc_number = Column(String(7))


class Participant(Base):
    __tablename__ = "participant"

    id = Column(Integer, primary_key=True)
    site_id = Column(Integer, ForeignKey("site.id"))
    screening_number = Column(String(12), unique=True)
    initials = Column(String(3))
    year_of_birth = Column(Integer)
    sex = Column(String(1))
    ethnicity = Column(String(40))
    nhs_number = Column(String(10))
    weight_kg = Column(Float)
    height_cm = Column(Float)
    arm = Column(String(10))
    pregnancy_status = Column(String(20))
    consent_version = Column(String(10))
    consented_on = Column(Date)

    site = relationship("Site")


class AdverseEvent(Base):
    __tablename__ = "adverse_event"

    id = Column(Integer, primary_key=True)
    participant_id = Column(Integer, ForeignKey("participant.id"))
    term = Column(String(120))
    severity = Column(String(12))
    reported_at = Column(DateTime)


class Dose(Base):
    __tablename__ = "dose"

    id = Column(Integer, primary_key=True)
    participant_id = Column(Integer, ForeignKey("participant.id"))
    drug_code = Column(String(20))
    dose_mg = Column(Float)
    administered_at = Column(DateTime)
    batch_number = Column(String(20))


class StudyVisit(Base):
    __tablename__ = "study_visit"

    id = Column(Integer, primary_key=True)
    participant_id = Column(Integer, ForeignKey("participant.id"))
    visit_number = Column(Integer)
    systolic_bp = Column(Integer)
    diastolic_bp = Column(Integer)
    heart_rate_bpm = Column(Integer)
    investigator_comments = Column(Text)
    missed = Column(Boolean, default=False)


class RandomisationConfig(Base):
    __tablename__ = "randomisation_config"

    id = Column(Integer, primary_key=True)
    block_size = Column(Integer)
    seed = Column(Integer)
    sponsor_email = Column(String(254))
