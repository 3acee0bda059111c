import datetime as dt

from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Firm(Base):
    __tablename__ = "firms"

    id = Column(Integer, primary_key=True)
    name = Column(String(200), nullable=False)
    frn = Column(String(7), unique=True)  # FCA firm reference number
    sector = Column(String(40))
    complaints_email = Column(String(254))
    complaints_phone = Column(String(32))
    registered_address = Column(Text)
    case_fee_exempt = Column(Boolean, default=False)


class Representative(Base):
    __tablename__ = "representatives"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    organisation = Column(String(200))
    relationship_to_complainant = Column(String(40))  # solicitor, CMC, son, daughter, friend
    email = Column(String(254))
    phone = Column(String(32))


class Complainant(Base):
    __tablename__ = "complainants"

    id = Column(Integer, primary_key=True)
    title = Column(String(10))
    forename = Column(String(60), nullable=False)
    surname = Column(String(60), nullable=False)
    email = Column(String(254))
    phone = Column(String(32))
    address_line1 = Column(String(120))
    address_line2 = Column(String(120))
    town = Column(String(80))
    postcode = Column(String(10))
    date_of_birth = Column(Date)
    needs_adjustments = Column(Text)  # large print, BSL interpreter, call-backs only, ...
    representative_id = Column(Integer, ForeignKey("representatives.id"))
    created_at = Column(DateTime, default=dt.datetime.utcnow)

    representative = relationship(Representative)
    complaints = relationship("Complaint", back_populates="complainant")


class Complaint(Base):
    __tablename__ = "complaints"

    id = Column(Integer, primary_key=True)
    reference = Column(String(12), unique=True, nullable=False)
    complainant_id = Column(Integer, ForeignKey("complainants.id"), nullable=False)
    firm_id = Column(Integer, ForeignKey("firms.id"), nullable=False)
    product = Column(String(60))  # e.g. "credit card", "motor insurance", "packaged bank account"
    customer_account_ref = Column(String(40))  # the consumer's account/policy number at the firm
    summary = Column(Text)
    amount_disputed = Column(Numeric(12, 2))
    stage = Column(String(20), default="assessment")
    assigned_to = Column(String(64))  # caseworker login
    outcome = Column(String(20))
    redress_awarded = Column(Numeric(12, 2))
    received_at = Column(DateTime, default=dt.datetime.utcnow)
    closed_at = Column(DateTime)

    complainant = relationship(Complainant, back_populates="complaints")
    firm = relationship(Firm)


class CaseNote(Base):
    __tablename__ = "case_notes"

    id = Column(Integer, primary_key=True)
    complaint_id = Column(Integer, ForeignKey("complaints.id"), nullable=False)
    author = Column(String(64), nullable=False)
    body = Column(Text, nullable=False)
    internal_only = Column(Boolean, default=True)
    created_at = Column(DateTime, default=dt.datetime.utcnow)
