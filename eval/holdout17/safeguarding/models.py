from datetime import datetime

from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Worker(Base):
    __tablename__ = "workers"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    team = Column(String(60))
    email = Column(String(254), nullable=False)
    social_work_england_number = Column(String(12))
    caseload_limit = Column(Integer, default=18)


class Referrer(Base):
    __tablename__ = "referrers"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    role = Column(String(80))
    organisation = Column(String(120))
    phone = Column(String(20))
    email = Column(String(254))
    is_professional = Column(Boolean, default=True)


class Referral(Base):
    __tablename__ = "referrals"

    id = Column(Integer, primary_key=True)
    reference = Column(String(14), unique=True, nullable=False)
    received_at = Column(DateTime, default=datetime.utcnow)
    referrer_id = Column(Integer, ForeignKey("referrers.id"))
    child_first_name = Column(String(60), nullable=False)
    child_last_name = Column(String(60))
    child_dob = Column(Date)
    child_gender = Column(String(20))
    child_ethnicity = Column(String(60))
    home_address = Column(Text)
    home_postcode = Column(String(8))
    nhs_number = Column(String(10))
    school = Column(String(120))
    disability = Column(Text)
    first_language = Column(String(40))
    interpreter_needed = Column(Boolean, default=False)
    concern_details = Column(Text, nullable=False)
    parents_aware = Column(Boolean)
    status = Column(String(20), default="new")
    assigned_worker_id = Column(Integer, ForeignKey("workers.id"))
    decision_rationale = Column(Text)
    closed_at = Column(DateTime)

    referrer = relationship("Referrer")
    household = relationship("HouseholdMember", back_populates="referral")


class HouseholdMember(Base):
    __tablename__ = "household_members"

    id = Column(Integer, primary_key=True)
    referral_id = Column(Integer, ForeignKey("referrals.id"), nullable=False)
    name = Column(String(120))
    relationship_to_child = Column(String(40))
    date_of_birth = Column(Date)
    phone = Column(String(20))
    lives_at_address = Column(Boolean, default=True)

    referral = relationship("Referral", back_populates="household")
