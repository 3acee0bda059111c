import datetime as dt

from sqlalchemy import (
    ARRAY,
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


class Clinic(Base):
    __tablename__ = "clinics"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    address = Column(Text)
    phone = Column(String(30))
    yellow_fever_centre_no = Column(String(20))
    opening_hours = Column(String(200))


class Traveller(Base):
    __tablename__ = "travellers"

    id = Column(Integer, primary_key=True)
    nhs_number = Column(String(10), index=True)
    title = Column(String(10))
    forename = Column(String(60), nullable=False)
    surname = Column(String(60), nullable=False)
    date_of_birth = Column(Date, nullable=False)
    sex = Column(String(1))
    email = Column(String(254))
    phone = Column(String(30))
    address_line1 = Column(String(120))
    address_line2 = Column(String(120))
    town = Column(String(60))
    postcode = Column(String(10))
    pregnant = Column(Boolean, default=False)
    gp_practice = Column(String(120))
    created_at = Column(DateTime, default=dt.datetime.utcnow)

    trips = relationship("Trip", back_populates="traveller")


class Trip(Base):
    __tablename__ = "trips"

    id = Column(Integer, primary_key=True)
    traveller_id = Column(Integer, ForeignKey("travellers.id"), nullable=False)
    destination_countries = Column(ARRAY(String(2)))
    depart_on = Column(Date)
    return_on = Column(Date)
    purpose = Column(String(40))

    traveller = relationship("Traveller", back_populates="trips")


class RiskAssessment(Base):
    __tablename__ = "risk_assessments"

    id = Column(Integer, primary_key=True)
    trip_id = Column(Integer, ForeignKey("trips.id"), nullable=False)
    nurse_id = Column(Integer, ForeignKey("staff.id"))
    immunosuppressed = Column(Boolean, default=False)
    egg_allergy = Column(Boolean, default=False)
    current_medication = Column(Text)
    previous_vaccines = Column(Text)
    advice_given = Column(Text)
    completed_at = Column(DateTime)


class Vaccination(Base):
    __tablename__ = "vaccinations"

    id = Column(Integer, primary_key=True)
    traveller_id = Column(Integer, ForeignKey("travellers.id"), nullable=False)
    vaccine = Column(String(60), nullable=False)
    batch_number = Column(String(30))
    dose_number = Column(Integer, default=1)
    given_at = Column(DateTime, nullable=False)
    given_by_id = Column(Integer, ForeignKey("staff.id"))
    price = Column(Numeric(6, 2))
