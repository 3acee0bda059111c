"""Rail operator lost property office: found items, loss reports and claims."""
import datetime as dt

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Office(Base):
    __tablename__ = "offices"

    id = Column(Integer, primary_key=True)
    name = Column(String(80), nullable=False)
    station_code = Column(String(3), nullable=False)
    address = Column(Text, nullable=False)
    phone = Column(String(20))
    opening_hours = Column(String(120))


class Staff(Base):
    __tablename__ = "staff"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    badge_number = Column(String(10), unique=True)
    office_id = Column(Integer, ForeignKey("offices.id"))
    office = relationship("Office")


class FoundItem(Base):
    __tablename__ = "found_items"

    id = Column(Integer, primary_key=True)
    reference = Column(String(12), unique=True, nullable=False)
    category = Column(String(30), nullable=False)
    description = Column(Text)
    colour = Column(String(30))
    brand = Column(String(60))
    found_at = Column(DateTime, default=dt.datetime.utcnow)
    found_where = Column(String(120))
    found_by_id = Column(Integer, ForeignKey("staff.id"))
    office_id = Column(Integer, ForeignKey("offices.id"))
    shelf = Column(String(10))
    name_on_item = Column(String(120))
    contains_cash = Column(Boolean, default=False)
    dispose_after = Column(Date)
    status = Column(String(20), default="held")


class LossReport(Base):
    __tablename__ = "loss_reports"

    id = Column(Integer, primary_key=True)
    reference = Column(String(12), unique=True, nullable=False)
    reporter_name = Column(String(120), nullable=False)
    reporter_email = Column(String(254), nullable=False)
    reporter_phone = Column(String(20))
    item_category = Column(String(30), nullable=False)
    item_description = Column(Text)
    lost_on = Column(Date)
    travelled_from = Column(String(80))
    travelled_to = Column(String(80))
    matched_item_id = Column(Integer, ForeignKey("found_items.id"))
    created_at = Column(DateTime, default=dt.datetime.utcnow)


class Claim(Base):
    __tablename__ = "claims"

    id = Column(Integer, primary_key=True)
    found_item_id = Column(Integer, ForeignKey("found_items.id"), nullable=False)
    loss_report_id = Column(Integer, ForeignKey("loss_reports.id"))
    claimant_name = Column(String(120), nullable=False)
    id_document_type = Column(String(20))
    id_checked_by_id = Column(Integer, ForeignKey("staff.id"))
    delivery_method = Column(String(10), default="collect")
    postal_address = Column(Text)
    handling_fee = Column(Numeric(6, 2), default=0)
    signature = Column(LargeBinary)
    collected_at = Column(DateTime)
