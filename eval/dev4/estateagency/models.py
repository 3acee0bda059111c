"""Estate agency: properties, vendors, applicants, viewings and offers (classic SQLAlchemy)."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Branch(Base):
    __tablename__ = "branches"
    id = Column(Integer, primary_key=True)
    name = Column(String(80))
    address = Column(Text)
    postcode = Column(String(10))
    phone = Column(String(20))
    email = Column(String(120))
    branch_manager_id = Column(Integer, ForeignKey("negotiators.id"))


class Negotiator(Base):
    __tablename__ = "negotiators"
    id = Column(Integer, primary_key=True)
    name = Column(String(120))
    mobile = Column(String(20))
    email = Column(String(120))
    commission_pct = Column(Numeric(4, 2))
    branch_id = Column(Integer, ForeignKey("branches.id"))


class Property(Base):
    __tablename__ = "properties"
    id = Column(Integer, primary_key=True)
    address_line1 = Column(String(120))
    town = Column(String(60))
    postcode = Column(String(10))
    latitude = Column(Numeric(9, 6))
    longitude = Column(Numeric(9, 6))
    asking_price = Column(Numeric(12, 2))
    bedrooms = Column(Integer)
    tenure = Column(String(20))
    epc_rating = Column(String(1))
    vendor_id = Column(Integer, ForeignKey("vendors.id"))


class Vendor(Base):
    __tablename__ = "vendors"
    id = Column(Integer, primary_key=True)
    name = Column(String(120))
    correspondence_address = Column(Text)
    phone = Column(String(20))
    email = Column(String(120))
    solicitor_firm = Column(String(120))
    aml_id_checked = Column(Boolean)
    reason_for_selling = Column(Text)


class Applicant(Base):
    __tablename__ = "applicants"
    id = Column(Integer, primary_key=True)
    name = Column(String(120))
    email = Column(String(120))
    phone = Column(String(20))
    max_budget = Column(Numeric(12, 2))
    mortgage_agreed_in_principle = Column(Boolean)
    chain_position = Column(String(30))
    current_postcode = Column(String(10))
    new_homes_alerts = Column(Boolean)


class Viewing(Base):
    __tablename__ = "viewings"
    id = Column(Integer, primary_key=True)
    property_id = Column(Integer, ForeignKey("properties.id"))
    applicant_id = Column(Integer, ForeignKey("applicants.id"))
    accompanied_by_id = Column(Integer, ForeignKey("negotiators.id"))
    starts_at = Column(DateTime)
    applicant_feedback = Column(Text)
    applicant = relationship("Applicant")


class Offer(Base):
    __tablename__ = "offers"
    id = Column(Integer, primary_key=True)
    property_id = Column(Integer, ForeignKey("properties.id"))
    applicant_id = Column(Integer, ForeignKey("applicants.id"))
    amount = Column(Numeric(12, 2))
    accepted = Column(Boolean)
    proof_of_funds_checked = Column(Date)


class TenancyReference(Base):
    __tablename__ = "tenancy_references"
    id = Column(Integer, primary_key=True)
    tenant_name = Column(String(120))
    annual_income = Column(Numeric(10, 2))
    employer = Column(String(120))
    previous_landlord_name = Column(String(120))
    previous_landlord_phone = Column(String(20))
    guarantor_name = Column(String(120))
    ccj_count = Column(Integer)
