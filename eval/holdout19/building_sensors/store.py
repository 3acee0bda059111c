from sqlalchemy import Boolean, Column, Date, DateTime, Float, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Building(Base):
    __tablename__ = "buildings"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    address = Column(String(250))
    postcode = Column(String(10))
    latitude = Column(Float)
    longitude = Column(Float)
    facilities_manager = Column(String(120))
    bms_vendor = Column(String(60))
    bms_password = Column(String(120))


class DeskSensor(Base):
    __tablename__ = "desk_sensors"

    id = Column(Integer, primary_key=True)
    desk_code = Column(String(12), unique=True)
    building_id = Column(Integer)
    floor = Column(String(4))
    occupied = Column(Boolean, default=False)
    last_change = Column(DateTime)


class DeskBooking(Base):
    __tablename__ = "desk_bookings"

    id = Column(Integer, primary_key=True)
    desk_code = Column(String(12), nullable=False)
    booked_by_email = Column(String(254), nullable=False)
    date = Column(Date, nullable=False)
    checked_in = Column(Boolean, default=False)
