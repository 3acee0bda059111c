"""Pay-as-you-print for public library branches: patrons top up credit and release jobs."""
from datetime import datetime
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Patron(Base):
    __tablename__ = "patrons"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_number: Mapped[str] = mapped_column(String(14), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[Optional[str]] = mapped_column(String(254))
    pin_hash: Mapped[str] = mapped_column(String(128))
    credit: Mapped[Decimal] = mapped_column(Numeric(7, 2), default=Decimal("0.00"))
    blocked: Mapped[bool] = mapped_column(default=False)
    last_print_at: Mapped[Optional[datetime]]
    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)

    jobs: Mapped[list["PrintJob"]] = relationship(back_populates="patron")


class Printer(Base):
    __tablename__ = "printers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    branch: Mapped[str] = mapped_column(String(60))
    location: Mapped[str] = mapped_column(String(80), doc="Where in the branch, e.g. 'first floor by lifts'")
    model: Mapped[str] = mapped_column(String(60))
    ip_address: Mapped[str] = mapped_column(String(45))
    mac_address: Mapped[Optional[str]] = mapped_column(String(17))
    colour: Mapped[bool] = mapped_column(default=False)
    toner_pct: Mapped[Optional[int]]
    page_count: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(16), default="online")


class PrintJob(Base):
    __tablename__ = "print_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    patron_id: Mapped[int] = mapped_column(ForeignKey("patrons.id"))
    printer_id: Mapped[Optional[int]] = mapped_column(ForeignKey("printers.id"))
    document_name: Mapped[str] = mapped_column(String(255))
    pages: Mapped[int]
    colour: Mapped[bool] = mapped_column(default=False)
    cost: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    workstation: Mapped[Optional[str]] = mapped_column(String(30))
    submitted_from_ip: Mapped[Optional[str]] = mapped_column(String(45))
    submitted_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)
    released_at: Mapped[Optional[datetime]]

    patron: Mapped[Patron] = relationship(back_populates="jobs")


class TopUp(Base):
    __tablename__ = "top_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    patron_id: Mapped[int] = mapped_column(ForeignKey("patrons.id"))
    amount: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    method: Mapped[str] = mapped_column(String(10))
    card_last4: Mapped[Optional[str]] = mapped_column(String(4))
    psp_reference: Mapped[Optional[str]] = mapped_column(String(64))
    taken_by_username: Mapped[Optional[str]] = mapped_column(String(30))
    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)


class GuestVoucher(Base):
    __tablename__ = "guest_vouchers"

    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    value: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    issued_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)
    redeemed: Mapped[bool] = mapped_column(default=False)
