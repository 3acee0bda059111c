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
    Time,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class FuneralDirector(Base):
    __tablename__ = "funeral_directors"

    id = Column(Integer, primary_key=True)
    firm_name = Column(String(200), nullable=False)
    office_phone = Column(String(20))
    office_email = Column(String(200))
    account_number = Column(String(20), unique=True)
    contact_name = Column(String(120))


class Chapel(Base):
    __tablename__ = "chapels"

    id = Column(Integer, primary_key=True)
    name = Column(String(80), nullable=False)
    seats = Column(Integer, default=80)
    has_webcast = Column(Boolean, default=False)


class Deceased(Base):
    __tablename__ = "deceased"

    id = Column(Integer, primary_key=True)
    forenames = Column(String(120), nullable=False)
    surname = Column(String(80), nullable=False)
    date_of_birth = Column(Date)
    date_of_death = Column(Date, nullable=False)
    age_at_death = Column(Integer)
    last_address = Column(Text)
    cause_of_death = Column(Text)
    religion = Column(String(60))
    has_pacemaker = Column(Boolean, default=False)
    coroner_case_ref = Column(String(30))
    weight_kg = Column(Numeric(5, 1))


class Applicant(Base):
    __tablename__ = "applicants"

    id = Column(Integer, primary_key=True)
    full_name = Column(String(150), nullable=False)
    address_line1 = Column(String(200))
    address_line2 = Column(String(200))
    town = Column(String(80))
    postcode = Column(String(10))
    phone = Column(String(20))
    email = Column(String(200))


class Booking(Base):
    __tablename__ = "bookings"

    id = Column(Integer, primary_key=True)
    reference = Column(String(12), unique=True, nullable=False)
    deceased_id = Column(Integer, ForeignKey("deceased.id"), nullable=False)
    applicant_id = Column(Integer, ForeignKey("applicants.id"), nullable=False)
    director_id = Column(Integer, ForeignKey("funeral_directors.id"))
    chapel_id = Column(Integer, ForeignKey("chapels.id"))
    service_date = Column(Date, nullable=False)
    service_time = Column(Time, nullable=False)
    music_requests = Column(Text, default="")
    webcast_password = Column(String(32))
    fee = Column(Numeric(8, 2))
    paid = Column(Boolean, default=False)

    deceased = relationship("Deceased")
    applicant = relationship("Applicant")
    director = relationship("FuneralDirector")


class AshesRecord(Base):
    __tablename__ = "ashes"

    id = Column(Integer, primary_key=True)
    booking_id = Column(Integer, ForeignKey("bookings.id"), unique=True)
    disposal_method = Column(String(30))
    collected_by = Column(String(120))
    collected_at = Column(DateTime)
    plot_location = Column(String(60))
