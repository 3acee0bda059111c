from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Trainee(Base):
    __tablename__ = "trainees"

    id = Column(Integer, primary_key=True)
    forename = Column(String(60), nullable=False)
    surname = Column(String(60), nullable=False)
    date_of_birth = Column(Date, nullable=False)
    licence_number = Column(String(16), unique=True)
    provisional_categories = Column(String(40))  # "C1, C, CE"
    d4_medical_date = Column(Date)
    eyesight_corrected = Column(Boolean, default=False)
    theory_pass_certificate = Column(String(20))
    cpc_module_2_passed = Column(Boolean, default=False)
    sponsoring_employer_id = Column(Integer, ForeignKey("employers.id"))
    funding_route = Column(String(30))  # self-funded, skills bootcamp, levy
    mobile = Column(String(20))
    email = Column(String(254))
    address = Column(Text)

    sponsoring_employer = relationship("Employer")


class Employer(Base):
    __tablename__ = "employers"

    id = Column(Integer, primary_key=True)
    company_name = Column(String(160))
    company_number = Column(String(8))
    transport_manager = Column(String(120))
    contact_email = Column(String(254))
    depot_address = Column(Text)
    operator_licence = Column(String(12))


class Vehicle(Base):
    __tablename__ = "vehicles"

    id = Column(Integer, primary_key=True)
    registration = Column(String(8))
    category = Column(String(3))
    gearbox = Column(String(10))
    dual_controls = Column(Boolean, default=True)
    tacho_card_slot_ok = Column(Boolean, default=True)
    mot_due = Column(Date)


class Lesson(Base):
    __tablename__ = "lessons"

    id = Column(Integer, primary_key=True)
    trainee_id = Column(Integer, ForeignKey("trainees.id"), nullable=False)
    instructor_id = Column(Integer, ForeignKey("instructors.id"), nullable=False)
    vehicle_id = Column(Integer, ForeignKey("vehicles.id"))
    starts_at = Column(DateTime)
    hours = Column(Numeric(3, 1))
    reversing_exercise = Column(Integer)  # 1-5
    coupling_uncoupling = Column(Integer)
    instructor_notes = Column(Text)
    hours_logged_total = Column(Numeric(5, 1))

    trainee = relationship("Trainee", backref="lessons")


class Instructor(Base):
    __tablename__ = "instructors"

    id = Column(Integer, primary_key=True)
    name = Column(String(120))
    dvsa_register_number = Column(String(10))
    day_rate = Column(Numeric(7, 2))
    categories_taught = Column(String(20))
