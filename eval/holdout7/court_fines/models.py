from sqlalchemy import (
    Boolean, Column, Date, DateTime, ForeignKey, Integer, Numeric, String, Text, func,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Court(Base):
    __tablename__ = "courts"

    id = Column(Integer, primary_key=True)
    court_code = Column(String(5), unique=True, nullable=False)
    name = Column(String(120), nullable=False)
    address = Column(String(255))
    enquiries_phone = Column(String(20))
    enquiries_email = Column(String(120))


class Defendant(Base):
    __tablename__ = "defendants"

    id = Column(Integer, primary_key=True)
    pnc_id = Column(String(13), index=True)
    first_names = Column(String(100), nullable=False)
    last_name = Column(String(60), nullable=False)
    date_of_birth = Column(Date)
    ni_number = Column(String(9))
    address_line1 = Column(String(100))
    address_line2 = Column(String(100))
    town = Column(String(60))
    postcode = Column(String(10))
    email = Column(String(120))
    mobile = Column(String(20))
    interpreter_language = Column(String(40))
    created_at = Column(DateTime, server_default=func.now())

    cases = relationship("Case", back_populates="defendant")


class Case(Base):
    __tablename__ = "cases"

    id = Column(Integer, primary_key=True)
    urn = Column(String(11), unique=True, nullable=False)
    defendant_id = Column(Integer, ForeignKey("defendants.id"), nullable=False)
    court_id = Column(Integer, ForeignKey("courts.id"), nullable=False)
    offence_code = Column(String(8))
    offence_wording = Column(Text)
    plea = Column(String(12))
    hearing_date = Column(Date)

    defendant = relationship("Defendant", back_populates="cases")
    court = relationship("Court")


class Imposition(Base):
    __tablename__ = "impositions"

    id = Column(Integer, primary_key=True)
    case_id = Column(Integer, ForeignKey("cases.id"), nullable=False)
    fine_amount = Column(Numeric(10, 2), nullable=False)
    outstanding = Column(Numeric(10, 2), nullable=False)
    instalment_amount = Column(Numeric(8, 2))
    instalment_frequency = Column(String(10))
    collection_order = Column(Boolean, default=True)


class MeansAssessment(Base):
    __tablename__ = "means_assessments"

    id = Column(Integer, primary_key=True)
    defendant_id = Column(Integer, ForeignKey("defendants.id"), nullable=False)
    employment_status = Column(String(20))
    employer_name = Column(String(120))
    weekly_net_income = Column(Numeric(8, 2))
    on_benefits = Column(Boolean, default=False)
    dependants = Column(Integer, default=0)
    monthly_rent = Column(Numeric(8, 2))
    assessed_at = Column(DateTime, server_default=func.now())


class Payment(Base):
    __tablename__ = "payments"

    id = Column(Integer, primary_key=True)
    imposition_id = Column(Integer, ForeignKey("impositions.id"), nullable=False)
    amount = Column(Numeric(8, 2), nullable=False)
    received_at = Column(DateTime, nullable=False)
    card_last4 = Column(String(4))
    gateway_reference = Column(String(40))


class AttachmentOfEarnings(Base):
    __tablename__ = "attachments_of_earnings"

    id = Column(Integer, primary_key=True)
    imposition_id = Column(Integer, ForeignKey("impositions.id"), nullable=False)
    employer_name = Column(String(120), nullable=False)
    employer_payroll_email = Column(String(120))
    works_number = Column(String(20))
    protected_earnings_rate = Column(Numeric(8, 2))
    issued_on = Column(Date)
