from datetime import datetime
from enum import Enum
from typing import Optional

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Finish(str, Enum):
    MATT = "matt"
    GLOSS = "gloss"
    SILK = "silk"
    UNCOATED = "uncoated"


class Supplier(Base):
    __tablename__ = "suppliers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    contact_name: Mapped[Optional[str]] = mapped_column(String(120))
    contact_email: Mapped[Optional[str]] = mapped_column(String(255))
    phone: Mapped[Optional[str]] = mapped_column(String(30))
    address: Mapped[Optional[str]]
    vat_number: Mapped[Optional[str]] = mapped_column(String(14))
    account_number: Mapped[Optional[str]] = mapped_column(String(20))


class Substrate(Base):
    __tablename__ = "substrates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    gsm: Mapped[int]
    finish: Mapped[Finish]
    sheet_size: Mapped[str] = mapped_column(String(10), default="SRA3")
    cost_per_sheet_pence: Mapped[int]
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"))


class Product(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    category: Mapped[str] = mapped_column(String(40))
    gender: Mapped[Optional[str]] = mapped_column(String(10))
    min_qty: Mapped[int] = mapped_column(default=1)
    lead_time_days: Mapped[int] = mapped_column(default=3)
    template_name: Mapped[Optional[str]] = mapped_column(String(80))
    bleed_mm: Mapped[int] = mapped_column(default=3)
    active: Mapped[bool] = mapped_column(default=True)


class PriceBreak(Base):
    __tablename__ = "price_breaks"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    min_qty: Mapped[int]
    unit_price_pence: Mapped[int]
    setup_fee_pence: Mapped[int] = mapped_column(default=0)


class Quote(Base):
    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    qty: Mapped[int]
    total_pence: Mapped[int]
    customer_name: Mapped[str] = mapped_column(String(120))
    customer_email: Mapped[str] = mapped_column(String(255))
    artwork_filename: Mapped[Optional[str]] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(12), default="open")
    age_days: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)
