from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import declarative_base, relationship
from sqlalchemy.sql import func

Base = declarative_base()


class Employer(Base):
    __tablename__ = "employers"

    id = Column(Integer, primary_key=True)
    name = Column(String(160), nullable=False)
    paye_reference = Column(String(14), unique=True)
    contact_email = Column(String(254))
    staging_date = Column(Date)
    members = relationship("Member", back_populates="employer")


class Fund(Base):
    __tablename__ = "funds"

    id = Column(Integer, primary_key=True)
    code = Column(String(10), unique=True, nullable=False)
    name = Column(String(120), nullable=False)
    isin = Column(String(12))
    annual_charge_pct = Column(Numeric(5, 3))
    risk_level = Column(Integer)
    is_default = Column(Boolean, default=False)


class Member(Base):
    __tablename__ = "members"

    id = Column(Integer, primary_key=True)
    employer_id = Column(Integer, ForeignKey("employers.id"), nullable=False)
    ni_number = Column(String(9), unique=True)
    surname = Column(String(80), nullable=False)
    forenames = Column(String(120), nullable=False)
    sex = Column(String(1))
    date_of_birth = Column(Date, nullable=False)
    marital_status = Column(String(20))
    address_1 = Column(String(100))
    address_2 = Column(String(100))
    post_town = Column(String(60))
    postcode = Column(String(10))
    email = Column(String(254))
    pensionable_salary = Column(Numeric(12, 2))
    contribution_rate_pct = Column(Numeric(5, 2), default=5)
    opted_out = Column(Boolean, default=False)
    status = Column(String(12), default="active")
    joined_scheme_on = Column(Date)
    created_at = Column(DateTime, server_default=func.now())

    employer = relationship("Employer", back_populates="members")
    contributions = relationship("Contribution", back_populates="member", lazy="dynamic")
    beneficiaries = relationship("Beneficiary", cascade="all, delete-orphan")


class Contribution(Base):
    __tablename__ = "contributions"

    id = Column(Integer, primary_key=True)
    member_id = Column(Integer, ForeignKey("members.id"), nullable=False, index=True)
    pay_period = Column(String(7), nullable=False)
    employee_amount = Column(Numeric(10, 2), nullable=False)
    employer_amount = Column(Numeric(10, 2), nullable=False)
    received_on = Column(Date)
    schedule_ref = Column(String(20))
    member = relationship("Member", back_populates="contributions")


class Beneficiary(Base):
    __tablename__ = "beneficiaries"

    id = Column(Integer, primary_key=True)
    member_id = Column(Integer, ForeignKey("members.id"), nullable=False)
    full_name = Column(String(160), nullable=False)
    date_of_birth = Column(Date)
    address = Column(Text)
    share_percent = Column(Numeric(5, 2), nullable=False)
    nominated_on = Column(Date)
