from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Mediator(Base):
    __tablename__ = "mediators"

    id = Column(Integer, primary_key=True)
    full_name = Column(String(120), nullable=False)
    accreditation_number = Column(String(20))
    email = Column(String(254))
    hourly_rate = Column(Numeric(6, 2))
    languages = Column(String(120), default="English")
    active = Column(Boolean, default=True)


class Case(Base):
    __tablename__ = "cases"

    id = Column(Integer, primary_key=True)
    reference = Column(String(12), unique=True, nullable=False)
    dispute_type = Column(String(30))
    referred_by = Column(String(80))
    opened_on = Column(Date)
    mediator_id = Column(Integer, ForeignKey("mediators.id"))
    status = Column(String(20), default="intake")
    outcome = Column(String(30))
    court_ordered = Column(Boolean, default=False)

    parties = relationship("Party", back_populates="case")


class Party(Base):
    __tablename__ = "parties"

    id = Column(Integer, primary_key=True)
    case_id = Column(Integer, ForeignKey("cases.id"), nullable=False)
    role = Column(String(20))
    name = Column(String(120), nullable=False)
    address = Column(Text)
    phone = Column(String(20))
    email = Column(String(254))
    needs_interpreter = Column(Boolean, default=False)
    accessibility_needs = Column(Text)
    represented_by_solicitor = Column(Boolean, default=False)
    solicitor_firm = Column(String(120))
    willing_to_mediate = Column(Boolean)

    case = relationship("Case", back_populates="parties")


class SessionRecord(Base):
    __tablename__ = "mediation_sessions"

    id = Column(Integer, primary_key=True)
    case_id = Column(Integer, ForeignKey("cases.id"), nullable=False)
    held_on = Column(DateTime)
    venue = Column(String(80))
    mode = Column(String(12), default="in_person")
    duration_minutes = Column(Integer)
    mediator_notes = Column(Text)
    agreement_text = Column(Text)


class FeeAssessment(Base):
    __tablename__ = "fee_assessments"

    id = Column(Integer, primary_key=True)
    party_id = Column(Integer, ForeignKey("parties.id"), nullable=False)
    household_income = Column(Numeric(10, 2))
    on_benefits = Column(Boolean, default=False)
    legal_aid_eligible = Column(Boolean)
    fee_due = Column(Numeric(8, 2))
