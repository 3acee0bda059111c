import enum

from sqlalchemy import Boolean, Column, DateTime, Enum, Float, ForeignKey, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class RobotState(enum.Enum):
    IDLE = "idle"
    PICKING = "picking"
    CHARGING = "charging"
    FAULT = "fault"
    MAINTENANCE = "maintenance"


class Robot(Base):
    __tablename__ = "robots"

    id = Column(Integer, primary_key=True)
    serial = Column(String(20), unique=True, nullable=False)
    model = Column(String(40))
    firmware = Column(String(20))
    ip_address = Column(String(45))
    mac_address = Column(String(17))
    battery_pct = Column(Float)
    x_m = Column(Float)
    y_m = Column(Float)
    heading_deg = Column(Float)
    state = Column(Enum(RobotState), default=RobotState.IDLE)
    zone = Column(String(10))
    last_heartbeat = Column(DateTime)


class Tote(Base):
    __tablename__ = "totes"

    id = Column(Integer, primary_key=True)
    barcode = Column(String(24), unique=True)
    sku = Column(String(32))
    location_code = Column(String(16))
    weight_kg = Column(Float)


class Mission(Base):
    __tablename__ = "missions"

    id = Column(Integer, primary_key=True)
    robot_id = Column(Integer, ForeignKey("robots.id"))
    tote_id = Column(Integer, ForeignKey("totes.id"))
    from_location = Column(String(16))
    to_location = Column(String(16))
    priority = Column(Integer, default=5)
    released_by_badge = Column(String(12))
    created_at = Column(DateTime)
    completed_at = Column(DateTime)


class ChargingDock(Base):
    __tablename__ = "charging_docks"

    id = Column(Integer, primary_key=True)
    location_code = Column(String(16))
    power_kw = Column(Float)
    occupied = Column(Boolean, default=False)
    robot_id = Column(Integer, ForeignKey("robots.id"), nullable=True)
