from datetime import datetime

from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Patient(Base):
    __tablename__ = "patient"

    id = Column(Integer, primary_key=True)
    hospital_number = Column(String(12), unique=True, nullable=False)
    nhs_number = Column(String(10), index=True)
    surname = Column(String(60), nullable=False)
    forename = Column(String(60), nullable=False)
    dob = Column(Date, nullable=False)
    sex = Column(String(1))
    ethnicity = Column(String(40))
    phone = Column(String(24))
    address = Column(Text)
    gp_practice_code = Column(String(6))
    created_at = Column(DateTime, default=datetime.utcnow)

    episodes = relationship("StoneEpisode", back_populates="patient")


class StoneEpisode(Base):
    __tablename__ = "stone_episode"

    id = Column(Integer, primary_key=True)
    patient_id = Column(Integer, ForeignKey("patient.id"), nullable=False)
    presented_on = Column(Date)
    side = Column(String(5))
    location = Column(String(20))
    size_mm = Column(Numeric(4, 1))
    composition = Column(String(40))
    pain_score = Column(Integer)
    treatment = Column(String(40))
    stent_in_situ = Column(Boolean, default=False)

    patient = relationship("Patient", back_populates="episodes")


class UrineCollection(Base):
    """24-hour urine metabolic screen."""

    __tablename__ = "urine_collection"

    id = Column(Integer, primary_key=True)
    patient_id = Column(Integer, ForeignKey("patient.id"), nullable=False)
    collected_on = Column(Date)
    lab_ref = Column(String(16))
    volume_ml = Column(Integer)
    calcium_mmol = Column(Numeric(5, 2))
    oxalate_mmol = Column(Numeric(5, 2))
    citrate_mmol = Column(Numeric(5, 2))
    ph = Column(Numeric(3, 1))


class Prescription(Base):
    __tablename__ = "prescription"

    id = Column(Integer, primary_key=True)
    patient_id = Column(Integer, ForeignKey("patient.id"), nullable=False)
    drug = Column(String(80), nullable=False)
    dose = Column(String(40))
    frequency = Column(String(40))
    started_on = Column(Date)
    prescriber_id = Column(Integer, ForeignKey("staff.id"))


class Staff(Base):
    __tablename__ = "staff"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    grade = Column(String(20))
    gmc_number = Column(String(8))
    email = Column(String(254))


class Lithotripter(Base):
    __tablename__ = "lithotripter"

    id = Column(Integer, primary_key=True)
    serial_number = Column(String(30), unique=True)
    site = Column(String(60))
    last_service_date = Column(Date)
    shock_count = Column(Integer, default=0)
