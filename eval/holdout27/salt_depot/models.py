from datetime import datetime
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Depot(Base):
    __tablename__ = "depots"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    address: Mapped[str] = mapped_column(String(250))
    postcode: Mapped[str] = mapped_column(String(10))
    latitude: Mapped[float]
    longitude: Mapped[float]
    capacity_tonnes: Mapped[int]
    manager_name: Mapped[Optional[str]] = mapped_column(String(120))
    phone: Mapped[Optional[str]] = mapped_column(String(30))
    contact_email: Mapped[Optional[str]] = mapped_column(String(254))

    stockpiles: Mapped[list["Stockpile"]] = relationship(back_populates="depot")


class Stockpile(Base):
    __tablename__ = "stockpiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    depot_id: Mapped[int] = mapped_column(ForeignKey("depots.id"))
    material: Mapped[str] = mapped_column(String(30), default="rock salt 6mm")
    tonnes: Mapped[Decimal] = mapped_column(Numeric(8, 1))
    usage: Mapped[Decimal] = mapped_column(Numeric(8, 1), default=Decimal("0"))
    covered: Mapped[bool] = mapped_column(default=True)
    moisture_pct: Mapped[Optional[float]]
    last_surveyed: Mapped[Optional[datetime]]

    depot: Mapped[Depot] = relationship(back_populates="stockpiles")


class Supplier(Base):
    __tablename__ = "suppliers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    contact_email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[str] = mapped_column(String(30))
    address: Mapped[str] = mapped_column(String(250))
    account_number: Mapped[Optional[str]] = mapped_column(String(20))
    vat_number: Mapped[Optional[str]] = mapped_column(String(14))


class Delivery(Base):
    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(primary_key=True)
    depot_id: Mapped[int] = mapped_column(ForeignKey("depots.id"))
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"))
    tonnes: Mapped[Decimal] = mapped_column(Numeric(6, 1))
    delivered_at: Mapped[datetime]
    haulier: Mapped[Optional[str]] = mapped_column(String(80))
    vehicle_reg: Mapped[Optional[str]] = mapped_column(String(10))
    driver_name: Mapped[Optional[str]] = mapped_column(String(120))
    weighbridge_ticket: Mapped[Optional[str]] = mapped_column(String(20))


class Operative(Base):
    __tablename__ = "operatives"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    payroll_no: Mapped[str] = mapped_column(String(10), unique=True)
    hgv_licence_no: Mapped[Optional[str]] = mapped_column(String(20))
    on_call: Mapped[bool] = mapped_column(default=False)


class GritterRun(Base):
    __tablename__ = "gritter_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    route_code: Mapped[str] = mapped_column(String(10))
    vehicle_id: Mapped[str] = mapped_column(String(10))
    driver_id: Mapped[Optional[int]] = mapped_column(ForeignKey("operatives.id"))
    started_at: Mapped[datetime]
    finished_at: Mapped[Optional[datetime]]
    tonnes_used: Mapped[Optional[Decimal]] = mapped_column(Numeric(5, 1))
