from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Creditor(Base):
    __tablename__ = "creditors"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    company_number = Column(String(8))
    remittance_sort_code = Column(String(8))
    remittance_account_number = Column(String(8))
    contact_email = Column(String(254))


class Debtor(Base):
    __tablename__ = "debtors"

    id = Column(Integer, primary_key=True)
    title = Column(String(10))
    forename = Column(String(60))
    surname = Column(String(60), nullable=False)
    date_of_birth = Column(Date)
    ni_number = Column(String(9))
    address_line1 = Column(String(120))
    town = Column(String(60))
    postcode = Column(String(10), index=True)
    home_phone = Column(String(20))
    mobile = Column(String(20))
    email = Column(String(254))
    employer_name = Column(String(120))
    monthly_income = Column(Numeric(10, 2))
    vulnerable = Column(Boolean, default=False)
    vulnerability_notes = Column(Text)
    breathing_space_until = Column(Date)


class Account(Base):
    __tablename__ = "accounts"

    id = Column(Integer, primary_key=True)
    creditor_id = Column(Integer, ForeignKey("creditors.id"), nullable=False)
    debtor_id = Column(Integer, ForeignKey("debtors.id"), nullable=False)
    creditor_reference = Column(String(40))
    original_balance = Column(Numeric(12, 2))
    outstanding_balance = Column(Numeric(12, 2))
    default_date = Column(Date)
    placed_at = Column(DateTime)
    status = Column(String(20), default="open")

    debtor = relationship("Debtor", backref="accounts")
    creditor = relationship("Creditor")


class Arrangement(Base):
    __tablename__ = "arrangements"

    id = Column(Integer, primary_key=True)
    account_id = Column(Integer, ForeignKey("accounts.id"))
    instalment_amount = Column(Numeric(10, 2))
    frequency = Column(String(10))
    next_due = Column(Date)
    payer_sort_code = Column(String(8))
    payer_account_number = Column(String(8))
    mandate_reference = Column(String(18))


class Payment(Base):
    __tablename__ = "payments"

    id = Column(Integer, primary_key=True)
    account_id = Column(Integer, ForeignKey("accounts.id"))
    amount = Column(Numeric(10, 2))
    received_at = Column(DateTime)
    card_last4 = Column(String(4))


class ContactAttempt(Base):
    __tablename__ = "contact_attempts"

    id = Column(Integer, primary_key=True)
    debtor_id = Column(Integer, ForeignKey("debtors.id"))
    channel = Column(String(10))
    attempted_at = Column(DateTime)
    agent_username = Column(String(40))
    outcome = Column(String(20))
    call_recording_url = Column(String(500))
