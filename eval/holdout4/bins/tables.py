"""Declarative tables of the council's waste and recycling collection service."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import declarative_base, relationship
from sqlalchemy.sql import func

Base = declarative_base()


class Round(Base):
    __tablename__ = "rounds"

    id = Column(Integer, primary_key=True)
    code = Column(String(8), unique=True, nullable=False)
    weekday = Column(String(9), nullable=False)
    depot = Column(String(60))
    crew_leader = Column(String(80))
    vehicle_reg = Column(String(8))


class Property(Base):
    """One row per addressable property in the local gazetteer."""

    __tablename__ = "properties"

    uprn = Column(String(12), primary_key=True)
    address_line_1 = Column(String(120), nullable=False)
    postcode = Column(String(8), index=True)
    easting = Column(Integer)
    northing = Column(Integer)
    round_id = Column(Integer, ForeignKey("rounds.id"))
    assisted_collection = Column(Boolean, default=False)
    bin_count = Column(Integer, default=3)
    round = relationship("Round")


class Bin(Base):
    __tablename__ = "bins"

    id = Column(Integer, primary_key=True)
    property_uprn = Column(String(12), ForeignKey("properties.uprn"))
    kind = Column(String(10))
    rfid_tag = Column(String(24), unique=True)
    capacity_litres = Column(Integer, default=240)


class MissedCollection(Base):
    __tablename__ = "missed_collections"

    id = Column(Integer, primary_key=True)
    property_uprn = Column(String(12), ForeignKey("properties.uprn"))
    reported_on = Column(DateTime, server_default=func.now())
    reporter_name = Column(String(80))
    reporter_email = Column(String(254))
    reporter_phone = Column(String(20))
    comments = Column(Text)
    resolved = Column(Boolean, default=False)


class BulkyWasteBooking(Base):
    __tablename__ = "bulky_bookings"

    id = Column(Integer, primary_key=True)
    reference = Column(String(10), unique=True)
    resident_name = Column(String(80), nullable=False)
    collection_address = Column(String(200), nullable=False)
    postcode = Column(String(8), nullable=False)
    items = Column(Text)
    fee = Column(Numeric(6, 2))
    payment_ref = Column(String(32))
    collection_date = Column(Date)


class GardenWasteSubscription(Base):
    __tablename__ = "garden_subscriptions"

    id = Column(Integer, primary_key=True)
    property_uprn = Column(String(12), ForeignKey("properties.uprn"))
    subscriber_email = Column(String(254))
    renews_on = Column(Date)
    auto_renew = Column(Boolean, default=True)
    paperless = Column(Boolean, default=True)
