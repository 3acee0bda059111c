from datetime import datetime
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str] = mapped_column(String(20), index=True)
    email: Mapped[Optional[str]] = mapped_column(String(255))
    marketing_opt_in: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)


class Engineer(Base):
    __tablename__ = "engineers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    mobile: Mapped[str] = mapped_column(String(20))
    van_reg: Mapped[Optional[str]] = mapped_column(String(8))
    on_shift: Mapped[bool] = mapped_column(default=False)
    last_lat: Mapped[Optional[float]]
    last_lng: Mapped[Optional[float]]
    day_rate: Mapped[Decimal] = mapped_column(Numeric(7, 2))


class Callout(Base):
    __tablename__ = "callouts"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    engineer_id: Mapped[Optional[int]] = mapped_column(ForeignKey("engineers.id"))
    job_address: Mapped[str] = mapped_column(Text)
    job_postcode: Mapped[str] = mapped_column(String(8))
    job_lat: Mapped[Optional[float]]
    job_lng: Mapped[Optional[float]]
    reason: Mapped[str] = mapped_column(String(30))  # lockout, lost_keys, snapped_key, break_in
    id_checked: Mapped[bool] = mapped_column(default=False)
    id_document_type: Mapped[Optional[str]] = mapped_column(String(30))
    access_notes: Mapped[Optional[str]] = mapped_column(Text)
    key_safe_code: Mapped[Optional[str]] = mapped_column(String(10))
    quoted_price: Mapped[Optional[Decimal]] = mapped_column(Numeric(8, 2))
    status: Mapped[str] = mapped_column(String(12), default="new")
    requested_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)


class Payment(Base):
    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    callout_id: Mapped[int] = mapped_column(ForeignKey("callouts.id"))
    amount: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    method: Mapped[str] = mapped_column(String(10))  # card, cash, invoice
    card_last4: Mapped[Optional[str]] = mapped_column(String(4))
    paid_at: Mapped[datetime]
