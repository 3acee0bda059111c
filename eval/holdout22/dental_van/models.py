from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Van(Base):
    __tablename__ = "vans"

    id = Column(Integer, primary_key=True)
    registration = Column(String(10), unique=True, nullable=False)
    chairs = Column(Integer, default=1)
    xray_unit_serial = Column(String(40))
    last_serviced = Column(Date)
    generator_hours = Column(Numeric(8, 1))


class Stop(Base):
    __tablename__ = "stops"

    id = Column(Integer, primary_key=True)
    van_id = Column(Integer, ForeignKey("vans.id"), nullable=False)
    site_name = Column(String(120))  # e.g. "Tesco car park, Hucknall"
    site_postcode = Column(String(10))
    latitude = Column(Numeric(9, 6))
    longitude = Column(Numeric(9, 6))
    visit_date = Column(Date, nullable=False)
    dentist_on_duty = Column(String(120))

    van = relationship("Van")


class Patient(Base):
    __tablename__ = "patients"

    id = Column(Integer, primary_key=True)
    nhs_number = Column(String(10), index=True)
    forename = Column(String(60), nullable=False)
    surname = Column(String(60), nullable=False)
    dob = Column(Date)
    sex = Column(String(1))
    address = Column(Text)
    postcode = Column(String(10))
    phone = Column(String(20))
    no_fixed_abode = Column(Boolean, default=False)
    exempt_from_charges = Column(Boolean, default=False)
    exemption_reason = Column(String(40))  # e.g. "universal credit", "pregnant", "under 18"
    gp_practice = Column(String(120))
    created_at = Column(DateTime)


class Attendance(Base):
    __tablename__ = "attendances"

    id = Column(Integer, primary_key=True)
    stop_id = Column(Integer, ForeignKey("stops.id"), nullable=False)
    patient_id = Column(Integer, ForeignKey("patients.id"), nullable=False)
    arrived_at = Column(DateTime)
    presenting_complaint = Column(Text)
    pain_score = Column(Integer)
    treatment_band = Column(Integer)
    treatment_notes = Column(Text)
    antibiotics_prescribed = Column(String(80))
    charge = Column(Numeric(6, 2))
    referred_to_hospital = Column(Boolean, default=False)

    patient = relationship("Patient", backref="attendances")
    stop = relationship("Stop")
