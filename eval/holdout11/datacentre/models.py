from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
)
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Site(Base):
    __tablename__ = "sites"

    id = Column(Integer, primary_key=True)
    code = Column(String(8), unique=True, nullable=False)
    name = Column(String(80), nullable=False)
    address = Column(String(250))
    postcode = Column(String(10))
    latitude = Column(Float)
    longitude = Column(Float)
    noc_phone = Column(String(20))
    security_email = Column(String(120))


class Rack(Base):
    __tablename__ = "racks"

    id = Column(Integer, primary_key=True)
    site_id = Column(Integer, ForeignKey("sites.id"), nullable=False)
    row = Column(String(4))
    position = Column(Integer)
    power_kw = Column(Float, default=6.0)
    pdu_a = Column(String(40))
    pdu_b = Column(String(40))
    usage = Column(Float, default=0.0)


class Device(Base):
    __tablename__ = "devices"

    id = Column(Integer, primary_key=True)
    rack_id = Column(Integer, ForeignKey("racks.id"))
    hostname = Column(String(120), unique=True)
    serial_number = Column(String(40))
    asset_tag = Column(String(20), unique=True)
    model = Column(String(80))
    u_position = Column(Integer)
    mgmt_ip = Column(String(45))
    mac_address = Column(String(17))
    ipmi_password = Column(String(64))
    warranty_expires = Column(Date)
    owner_team = Column(String(60))


class AccessBadge(Base):
    __tablename__ = "access_badges"

    id = Column(Integer, primary_key=True)
    badge_number = Column(String(12), unique=True)
    holder_name = Column(String(120))
    company = Column(String(120))
    valid_until = Column(Date)
    photo = Column(LargeBinary)


class AccessEvent(Base):
    __tablename__ = "access_events"

    id = Column(Integer, primary_key=True)
    badge_id = Column(Integer, ForeignKey("access_badges.id"))
    door = Column(String(40))
    at = Column(DateTime, nullable=False)
    granted = Column(Boolean, nullable=False)
