from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Member(Base):
    __tablename__ = "members"

    id = Column(Integer, primary_key=True)
    membership_no = Column(String(12), unique=True, nullable=False)
    full_name = Column(String(120), nullable=False)
    email = Column(String(254))
    phone = Column(String(30))
    postcode = Column(String(10))
    is_junior = Column(Boolean, default=False)
    key_holder = Column(Boolean, default=False)
    subs_due = Column(Numeric(6, 2), default=0)
    status = Column(String(12), default="active")
    joined_on = Column(Date)


class Locomotive(Base):
    __tablename__ = "locomotives"

    id = Column(Integer, primary_key=True)
    name = Column(String(80))
    running_number = Column(String(20))
    gauge = Column(String(10), default="OO")
    dcc_address = Column(Integer)
    decoder_model = Column(String(60))
    owner_id = Column(Integer, ForeignKey("members.id"), nullable=True)
    owner = relationship("Member", backref="locomotives")
    club_owned = Column(Boolean, default=False)


class Layout(Base):
    __tablename__ = "layouts"

    id = Column(Integer, primary_key=True)
    name = Column(String(80), nullable=False)
    scale = Column(String(10))
    length_m = Column(Float)
    room = Column(String(40))
    controller_ip = Column(String(45))
    wifi_password = Column(String(64))


class OperatingSession(Base):
    __tablename__ = "operating_sessions"

    id = Column(Integer, primary_key=True)
    layout_id = Column(Integer, ForeignKey("layouts.id"), nullable=False)
    started_at = Column(DateTime)
    ended_at = Column(DateTime)
    operator_id = Column(Integer, ForeignKey("members.id"))
    timetable = Column(String(40))
    fault_log = Column(Text)


class SessionThrottle(Base):
    __tablename__ = "session_throttles"

    id = Column(Integer, primary_key=True)
    session_id = Column(Integer, ForeignKey("operating_sessions.id"), nullable=False)
    member_id = Column(Integer, ForeignKey("members.id"), nullable=False)
    device_id = Column(String(64))
    loco_id = Column(Integer, ForeignKey("locomotives.id"))
