"""Persistence of bookings and travellers (SQLAlchemy classic declarative)."""

from __future__ import annotations

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
    func,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Customer(Base):
    __tablename__ = "customers"

    id = Column(Integer, primary_key=True)
    login_email = Column(String(254), unique=True, nullable=False)
    password_digest = Column(String(128), nullable=False)
    mfa_secret = Column(String(32))
    full_name = Column(String(160))
    home_phone = Column(String(20))
    last_login_ip = Column(String(45))
    last_login_at = Column(DateTime)
    created_at = Column(DateTime, server_default=func.now())

    bookings = relationship("Booking", back_populates="customer")


class Booking(Base):
    __tablename__ = "bookings"

    id = Column(Integer, primary_key=True)
    pnr = Column(String(6), index=True)
    customer_id = Column(Integer, ForeignKey("customers.id"), nullable=False)
    customer = relationship("Customer", back_populates="bookings")
    package_code = Column(String(12))
    departure_date = Column(Date)
    status = Column(String(12), default="provisional")
    total_price = Column(Numeric(10, 2))
    balance_due = Column(Numeric(10, 2))
    atol_certificate_no = Column(String(20))


class PassengerRecord(Base):
    __tablename__ = "passengers"

    id = Column(Integer, primary_key=True)
    booking_id = Column(Integer, ForeignKey("bookings.id"), index=True)
    given_names = Column(String(120))
    surname = Column(String(80))
    date_of_birth = Column(Date)
    passport_no_encrypted = Column(LargeBinary)
    passport_last3 = Column(String(3))
    nationality = Column(String(2))
    seat = Column(String(4))
    medical_notes = Column(Text)


class Supplier(Base):
    __tablename__ = "suppliers"

    id = Column(Integer, primary_key=True)
    name = Column(String(120))
    kind = Column(String(20))
    contact_email = Column(String(254))
    commission_pct = Column(Numeric(5, 2))
    api_password = Column(String(128))
    active = Column(Boolean, default=True)
