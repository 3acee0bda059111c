from sqlalchemy import Boolean, Column, Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Property(Base):
    __tablename__ = "properties"

    id = Column(Integer, primary_key=True)
    uprn = Column(String(12), unique=True, nullable=False)
    address_line_1 = Column(String(120), nullable=False)
    postcode = Column(String(8), nullable=False)
    band = Column(String(1), nullable=False)
    empty_since = Column(Date)


class Account(Base):
    __tablename__ = "accounts"

    id = Column(Integer, primary_key=True)
    account_reference = Column(String(10), unique=True, nullable=False)
    property_id = Column(Integer, ForeignKey("properties.id"), nullable=False)
    liable_party_name = Column(String(200), nullable=False)
    correspondence_address = Column(Text)
    email = Column(String(254))
    phone = Column(String(20))
    balance_pence = Column(Integer, default=0)
    arrears_pence = Column(Integer, default=0)
    payment_method = Column(String(12), default="cash")
    bank_sort_code = Column(String(6))
    bank_account_number = Column(String(8))
    paperless = Column(Boolean, default=False)
    opened_on = Column(Date, nullable=False)

    occupants = relationship("Occupant", back_populates="account")


class Occupant(Base):
    __tablename__ = "occupants"

    id = Column(Integer, primary_key=True)
    account_id = Column(Integer, ForeignKey("accounts.id"), nullable=False)
    full_name = Column(String(200), nullable=False)
    date_of_birth = Column(Date)
    national_insurance_number = Column(String(9))
    is_student = Column(Boolean, default=False)
    severely_mentally_impaired = Column(Boolean, default=False)
    moved_in_on = Column(Date)

    account = relationship("Account", back_populates="occupants")


class Discount(Base):
    __tablename__ = "discounts"

    id = Column(Integer, primary_key=True)
    account_id = Column(Integer, ForeignKey("accounts.id"), nullable=False)
    kind = Column(String(30), nullable=False)
    percent = Column(Numeric(5, 2), nullable=False)
    awarded_on = Column(Date, nullable=False)
    evidence_reference = Column(String(40))


class RecoveryAction(Base):
    __tablename__ = "recovery_actions"

    id = Column(Integer, primary_key=True)
    account_id = Column(Integer, ForeignKey("accounts.id"), nullable=False)
    stage = Column(String(20), nullable=False)
    summons_date = Column(Date)
    court_costs_pence = Column(Integer, default=0)
    enforcement_agent = Column(String(80))
