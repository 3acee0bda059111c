from sqlalchemy import Boolean, Column, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Lock(Base):
    __tablename__ = "locks"

    id = Column(Integer, primary_key=True)
    code = Column(String(10), unique=True, nullable=False)
    name = Column(String(80), nullable=False)
    canal = Column(String(80), nullable=False)
    rise_m = Column(Float)
    chamber_length_m = Column(Float)
    latitude = Column(Float)
    longitude = Column(Float)
    staffed = Column(Boolean, default=False)


class LockKeeper(Base):
    __tablename__ = "lock_keepers"

    id = Column(Integer, primary_key=True)
    staff_number = Column(String(10), unique=True)
    name = Column(String(120), nullable=False)
    mobile = Column(String(20))
    home_lock_id = Column(Integer, ForeignKey("locks.id"))
    shift_pattern = Column(String(20), default="summer_early")


class Passage(Base):
    __tablename__ = "passages"

    id = Column(Integer, primary_key=True)
    lock_id = Column(Integer, ForeignKey("locks.id"), nullable=False)
    passed_at = Column(DateTime, nullable=False)
    direction = Column(String(10), nullable=False)
    boat_index_number = Column(String(10))
    boat_name = Column(String(60))
    craft_length_m = Column(Float)
    keeper_id = Column(Integer, ForeignKey("lock_keepers.id"))


class WaterLevel(Base):
    __tablename__ = "water_levels"

    id = Column(Integer, primary_key=True)
    lock_id = Column(Integer, ForeignKey("locks.id"), nullable=False)
    read_at = Column(DateTime, nullable=False)
    upper_pound_mm = Column(Integer)
    lower_pound_mm = Column(Integer)
    read_by = Column(Integer, ForeignKey("lock_keepers.id"))


class Stoppage(Base):
    __tablename__ = "stoppages"

    id = Column(Integer, primary_key=True)
    lock_id = Column(Integer, ForeignKey("locks.id"), nullable=False)
    starts_on = Column(Date, nullable=False)
    ends_on = Column(Date)
    reason = Column(Text)
    contractor = Column(String(120))
    notice_url = Column(String(300))
