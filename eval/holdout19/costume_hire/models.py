from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Costume(Base):
    __tablename__ = "costume"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    period: Mapped[str | None] = mapped_column(String(40))
    gender: Mapped[str] = mapped_column(String(10), default="any")
    size_label: Mapped[str | None] = mapped_column(String(10))
    chest_cm: Mapped[int | None]
    rail_location: Mapped[str | None] = mapped_column(String(12))
    condition: Mapped[str] = mapped_column(String(12), default="good")
    hire_price: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    replacement_value: Mapped[Decimal] = mapped_column(Numeric(8, 2))


class Hirer(Base):
    __tablename__ = "hirer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    society_name: Mapped[str | None] = mapped_column(String(160))
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(24))
    address: Mapped[str | None] = mapped_column(Text)
    id_document_number: Mapped[str | None] = mapped_column(String(20))
    deposit_held: Mapped[Decimal] = mapped_column(Numeric(8, 2), default=Decimal("0"))
    blacklisted: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)

    orders: Mapped[list[HireOrder]] = relationship(back_populates="hirer")


class HireOrder(Base):
    __tablename__ = "hire_order"

    id: Mapped[int] = mapped_column(primary_key=True)
    hirer_id: Mapped[int] = mapped_column(ForeignKey("hirer.id"))
    show_title: Mapped[str | None] = mapped_column(String(160))
    collect_on: Mapped[date]
    return_by: Mapped[date]
    total: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    status: Mapped[str] = mapped_column(String(12), default="reserved")

    hirer: Mapped[Hirer] = relationship(back_populates="orders")


class HireLine(Base):
    __tablename__ = "hire_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("hire_order.id"))
    costume_id: Mapped[int] = mapped_column(ForeignKey("costume.id"))
    performer_name: Mapped[str | None] = mapped_column(String(120))
    alterations: Mapped[str | None] = mapped_column(Text)


class Fitting(Base):
    __tablename__ = "fitting"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("hire_order.id"))
    performer_name: Mapped[str] = mapped_column(String(120))
    height_cm: Mapped[int | None]
    chest_cm: Mapped[int | None]
    waist_cm: Mapped[int | None]
    hips_cm: Mapped[int | None]
    inside_leg_cm: Mapped[int | None]
    fitted_by: Mapped[str | None] = mapped_column(String(60))
    fitted_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)


class DamageReport(Base):
    __tablename__ = "damage_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    hire_line_id: Mapped[int] = mapped_column(ForeignKey("hire_line.id"))
    description: Mapped[str] = mapped_column(Text)
    charge: Mapped[Decimal] = mapped_column(Numeric(7, 2), default=Decimal("0"))
    photo_url: Mapped[str | None] = mapped_column(String(300))
