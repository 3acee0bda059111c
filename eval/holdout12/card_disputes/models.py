import datetime as dt
import enum
from decimal import Decimal
from typing import Optional

from sqlalchemy import Enum as SAEnum
from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class ReasonCode(enum.Enum):
    FRAUD_CARD_ABSENT = "10.4"
    NOT_RECEIVED = "13.1"
    NOT_AS_DESCRIBED = "13.3"
    CANCELLED_RECURRING = "13.2"
    DUPLICATE = "12.6.1"


class Cardholder(Base):
    __tablename__ = "cardholders"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_ref: Mapped[str] = mapped_column(String(20), unique=True)
    full_name: Mapped[str] = mapped_column(String(140))
    email: Mapped[str] = mapped_column(String(200))
    mobile: Mapped[str] = mapped_column(String(20))
    card_token: Mapped[str] = mapped_column(String(40))
    pan_last4: Mapped[str] = mapped_column(String(4))
    credit_limit: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    current_balance: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    vulnerable_customer: Mapped[bool] = mapped_column(default=False)
    disputes_last_12m: Mapped[int] = mapped_column(default=0)


class Dispute(Base):
    __tablename__ = "disputes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(16), unique=True)
    cardholder_id: Mapped[int] = mapped_column(ForeignKey("cardholders.id"))
    reason: Mapped[ReasonCode] = mapped_column(SAEnum(ReasonCode))
    amount: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    currency: Mapped[str] = mapped_column(String(3))
    merchant_name: Mapped[str] = mapped_column(String(120))
    merchant_mcc: Mapped[str] = mapped_column(String(4))
    transaction_date: Mapped[dt.date]
    arn: Mapped[str] = mapped_column(String(23))
    customer_account: Mapped[str] = mapped_column(Text)
    provisional_credit: Mapped[bool] = mapped_column(default=False)
    stage: Mapped[str] = mapped_column(String(20), default="opened")
    handler: Mapped[Optional[str]] = mapped_column(String(60))
    opened_at: Mapped[dt.datetime]
    closed_at: Mapped[Optional[dt.datetime]]

    cardholder: Mapped[Cardholder] = relationship()
    evidence: Mapped[list["Evidence"]] = relationship(back_populates="dispute")


class Evidence(Base):
    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    dispute_id: Mapped[int] = mapped_column(ForeignKey("disputes.id"))
    kind: Mapped[str] = mapped_column(String(30))
    storage_key: Mapped[str] = mapped_column(String(200))
    uploaded_by_customer: Mapped[bool] = mapped_column(default=True)
    sha256: Mapped[str] = mapped_column(String(64))

    dispute: Mapped[Dispute] = relationship(back_populates="evidence")
