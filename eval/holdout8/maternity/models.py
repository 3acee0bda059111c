from datetime import datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Midwife(Base):
    __tablename__ = "midwives"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    nmc_pin = Column(String(8), unique=True, nullable=False)
    band = Column(SmallInteger)
    email = Column(String(255))


class Mother(Base):
    __tablename__ = "mothers"

    id = Column(Integer, primary_key=True)
    hospital_number = Column(String(10), unique=True, nullable=False)
    nhs_number = Column(String(10), index=True)
    forename = Column(String(80), nullable=False)
    surname = Column(String(80), nullable=False)
    date_of_birth = Column(Date, nullable=False)
    address = Column(Text)
    postcode = Column(String(8))
    home_phone = Column(String(20))
    gp_practice_code = Column(String(6))
    next_of_kin_name = Column(String(120))
    next_of_kin_phone = Column(String(20))
    ethnicity = Column(String(2))
    first_language = Column(String(40))
    interpreter_needed = Column(Boolean, default=False)
    safeguarding_notes = Column(Text)
    created_at = Column(DateTime, default=datetime.utcnow)

    pregnancies = relationship("Pregnancy", back_populates="mother")


class Pregnancy(Base):
    __tablename__ = "pregnancies"

    id = Column(Integer, primary_key=True)
    mother_id = Column(Integer, ForeignKey("mothers.id"), nullable=False)
    named_midwife_id = Column(Integer, ForeignKey("midwives.id"))
    lmp_date = Column(Date)
    edd = Column(Date)
    gravida = Column(SmallInteger)
    parity = Column(SmallInteger)
    blood_group = Column(String(3))
    bmi_at_booking = Column(Numeric(4, 1))
    smoking_status = Column(String(20))
    multiple_pregnancy = Column(Boolean, default=False)
    gestational_diabetes = Column(Boolean, default=False)
    risk_category = Column(String(10), default="low")
    lead_consultant = Column(String(120))

    mother = relationship("Mother", back_populates="pregnancies")


class AntenatalVisit(Base):
    __tablename__ = "antenatal_visits"

    id = Column(Integer, primary_key=True)
    pregnancy_id = Column(Integer, ForeignKey("pregnancies.id"), nullable=False)
    midwife_id = Column(Integer, ForeignKey("midwives.id"))
    visit_date = Column(Date, nullable=False)
    gestation_weeks = Column(SmallInteger)
    bp_systolic = Column(SmallInteger)
    bp_diastolic = Column(SmallInteger)
    urine_protein = Column(String(4))
    fundal_height_cm = Column(Numeric(4, 1))
    fetal_heart_rate = Column(SmallInteger)
    notes = Column(Text)

    pregnancy = relationship("Pregnancy", backref="visits")


class Birth(Base):
    __tablename__ = "births"

    id = Column(Integer, primary_key=True)
    pregnancy_id = Column(Integer, ForeignKey("pregnancies.id"), nullable=False)
    born_at = Column(DateTime, nullable=False)
    mode_of_delivery = Column(String(30))
    delivered_by = Column(String(120))
    baby_sex = Column(String(1))
    baby_nhs_number = Column(String(10))
    birth_weight_g = Column(Integer)
    apgar_5min = Column(SmallInteger)
    estimated_blood_loss_ml = Column(Integer)
