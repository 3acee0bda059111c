import enum

from sqlalchemy import Boolean, Column, Date, DateTime, Enum, Float, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class BankType(enum.Enum):
    CLEAR = "clear"
    GREEN = "green"
    BROWN = "brown"
    MIXED = "mixed"


class Site(Base):
    __tablename__ = "sites"

    id = Column(Integer, primary_key=True)
    name = Column(String(100), nullable=False)
    address = Column(String(200))
    postcode = Column(String(8))
    latitude = Column(Float)
    longitude = Column(Float)
    landowner = Column(String(100))
    landowner_contact_email = Column(String(254))
    access_notes = Column(Text)
    council_ward = Column(String(60))


class Bank(Base):
    __tablename__ = "banks"

    id = Column(Integer, primary_key=True)
    site_id = Column(Integer, ForeignKey("sites.id"), nullable=False)
    bank_type = Column(Enum(BankType), nullable=False)
    capacity_litres = Column(Integer, default=3200)
    serial_number = Column(String(30), unique=True)
    sensor_id = Column(String(24))
    installed_on = Column(Date)
    last_emptied_at = Column(DateTime)


class FillReading(Base):
    __tablename__ = "fill_readings"

    id = Column(Integer, primary_key=True)
    bank_id = Column(Integer, ForeignKey("banks.id"), nullable=False)
    read_at = Column(DateTime, nullable=False)
    fill_percent = Column(Integer)
    temperature_c = Column(Float)
    battery_mv = Column(Integer)
    rssi = Column(Integer)


class Collection(Base):
    __tablename__ = "collections"

    id = Column(Integer, primary_key=True)
    bank_id = Column(Integer, ForeignKey("banks.id"), nullable=False)
    collected_at = Column(DateTime, nullable=False)
    vehicle_reg = Column(String(8))
    crew_lead = Column(String(80))
    tonnes = Column(Numeric(5, 2))
    contamination_grade = Column(String(1))


class Complaint(Base):
    __tablename__ = "complaints"

    id = Column(Integer, primary_key=True)
    site_id = Column(Integer, ForeignKey("sites.id"))
    reported_at = Column(DateTime, nullable=False)
    reporter_name = Column(String(120))
    reporter_email = Column(String(254))
    description = Column(Text)
    resolved = Column(Boolean, default=False)
