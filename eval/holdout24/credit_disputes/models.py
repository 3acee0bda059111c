from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, Numeric, String, Text, func
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Consumer(Base):
    __tablename__ = "consumers"

    id = Column(Integer, primary_key=True)
    reference = Column(String(12), unique=True, nullable=False)
    forenames = Column(String(120), nullable=False)
    surname = Column(String(80), nullable=False)
    previous_surnames = Column(Text)
    date_of_birth = Column(Date, nullable=False)
    email = Column(String(254))
    phone = Column(String(20))
    current_address_id = Column(Integer, ForeignKey("addresses.id", use_alter=True))
    ni_number = Column(String(9))
    notice_of_correction = Column(Text)
    credit_score = Column(Integer)
    created_at = Column(DateTime, server_default=func.now())


class Address(Base):
    __tablename__ = "addresses"

    id = Column(Integer, primary_key=True)
    consumer_id = Column(Integer, ForeignKey("consumers.id"), nullable=False)
    line1 = Column(String(120), nullable=False)
    line2 = Column(String(120))
    town = Column(String(60), nullable=False)
    postcode = Column(String(10), nullable=False, index=True)
    resided_from = Column(Date)
    resided_to = Column(Date)
    electoral_roll = Column(Boolean, default=False)


class Lender(Base):
    __tablename__ = "lenders"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    disputes_email = Column(String(254))
    sla_days = Column(Integer, default=28)
    api_endpoint = Column(String(255))
    api_key = Column(String(128))


class CreditAccount(Base):
    __tablename__ = "credit_accounts"

    id = Column(Integer, primary_key=True)
    consumer_id = Column(Integer, ForeignKey("consumers.id"), nullable=False, index=True)
    lender_id = Column(Integer, ForeignKey("lenders.id"), nullable=False)
    account_type = Column(String(30))
    account_number_masked = Column(String(20))
    opened_on = Column(Date)
    credit_limit = Column(Numeric(12, 2))
    current_balance = Column(Numeric(12, 2))
    payment_status_history = Column(String(72))
    default_date = Column(Date)
    ccj = Column(Boolean, default=False)


class Dispute(Base):
    __tablename__ = "disputes"

    id = Column(Integer, primary_key=True)
    consumer_id = Column(Integer, ForeignKey("consumers.id"), nullable=False)
    credit_account_id = Column(Integer, ForeignKey("credit_accounts.id"))
    raised_via = Column(String(10), default="web")
    reason_code = Column(String(20), nullable=False)
    consumer_statement = Column(Text)
    evidence_file_key = Column(String(255))
    status = Column(String(20), default="open")
    lender_response = Column(Text)
    opened_at = Column(DateTime, server_default=func.now())
    resolved_at = Column(DateTime)
    handler = Column(String(40))
    consumer = relationship("Consumer", backref="disputes")
