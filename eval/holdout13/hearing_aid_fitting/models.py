from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()

EAR = Enum("left", "right", name="ear")


class Staff(Base):
    __tablename__ = "staff"

    id = Column(Integer, primary_key=True)
    hcpc_number = Column(String(10), unique=True)
    display_name = Column(String(100), nullable=False)
    login_email = Column(String(254), unique=True, nullable=False)
    is_active = Column(Boolean, default=True)
    clinic_room = Column(String(10))


class Patient(Base):
    __tablename__ = "patients"

    id = Column(Integer, primary_key=True)
    nhs_number = Column(String(10), unique=True, nullable=False)
    first_name = Column(String(60), nullable=False)
    last_name = Column(String(60), nullable=False)
    date_of_birth = Column(Date, nullable=False)
    sex = Column(String(1))
    address = Column(Text)
    postcode = Column(String(8))
    phone = Column(String(20))
    sms_reminders = Column(Boolean, default=True)
    uses_bsl = Column(Boolean, default=False)
    gp_practice_code = Column(String(6))
    referred_at = Column(DateTime)

    audiograms = relationship("Audiogram", back_populates="patient")


class Audiogram(Base):
    __tablename__ = "audiograms"

    id = Column(Integer, primary_key=True)
    patient_id = Column(Integer, ForeignKey("patients.id"), nullable=False, index=True)
    tested_at = Column(DateTime, nullable=False)
    ear = Column(EAR, nullable=False)
    threshold_500hz = Column(SmallInteger)
    threshold_1khz = Column(SmallInteger)
    threshold_2khz = Column(SmallInteger)
    threshold_4khz = Column(SmallInteger)
    tinnitus_reported = Column(Boolean, default=False)
    audiologist_id = Column(Integer, ForeignKey("staff.id"))
    booth_serial = Column(String(20))
    calibration_due = Column(Date)

    patient = relationship("Patient", back_populates="audiograms")


class Fitting(Base):
    __tablename__ = "fittings"

    id = Column(Integer, primary_key=True)
    patient_id = Column(Integer, ForeignKey("patients.id"), nullable=False)
    device_model = Column(String(60), nullable=False)
    device_serial = Column(String(20), unique=True)
    ear = Column(EAR, nullable=False)
    dome_size = Column(String(10))
    prescription_gain_db = Column(JSON)
    fitted_at = Column(DateTime)
    battery_type = Column(String(10), default="312")
    loan_or_purchase = Column(String(8), default="loan")
    follow_up_due = Column(Date)
