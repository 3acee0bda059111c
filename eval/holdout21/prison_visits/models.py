from datetime import datetime

from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Prison(Base):
    __tablename__ = "prisons"

    id = Column(Integer, primary_key=True)
    name = Column(String(80), nullable=False)
    code = Column(String(3), unique=True)
    address = Column(Text)
    visits_phone = Column(String(20))
    visits_email = Column(String(120))
    booking_window_days = Column(Integer, default=28)


class Prisoner(Base):
    __tablename__ = "prisoners"

    id = Column(Integer, primary_key=True)
    prison_number = Column(String(7), unique=True, nullable=False)
    first_name = Column(String(60))
    last_name = Column(String(60))
    date_of_birth = Column(Date)
    prison_id = Column(Integer, ForeignKey("prisons.id"))
    wing = Column(String(10))
    category = Column(String(1))
    visits_banned_until = Column(Date)
    release_date = Column(Date)
    prison = relationship("Prison")


class Visitor(Base):
    __tablename__ = "visitors"

    id = Column(Integer, primary_key=True)
    first_name = Column(String(60), nullable=False)
    last_name = Column(String(60), nullable=False)
    date_of_birth = Column(Date, nullable=False)
    email = Column(String(255))
    phone = Column(String(20))
    address_line_1 = Column(String(120))
    postcode = Column(String(10))
    photo_id_type = Column(String(20))
    photo_id_number = Column(String(30))
    relationship_to_prisoner = Column(String(30))
    banned = Column(Boolean, default=False)
    needs_wheelchair_access = Column(Boolean, default=False)


class VisitBooking(Base):
    __tablename__ = "visit_bookings"

    id = Column(Integer, primary_key=True)
    reference = Column(String(10), unique=True)
    prisoner_id = Column(Integer, ForeignKey("prisoners.id"), nullable=False)
    lead_visitor_id = Column(Integer, ForeignKey("visitors.id"), nullable=False)
    slot_start = Column(DateTime, nullable=False)
    status = Column(String(12), default="requested")
    additional_visitors = Column(Integer, default=0)
    cancellation_reason = Column(Text)
    created_at = Column(DateTime, default=datetime.utcnow)
