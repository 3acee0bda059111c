from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Depot(Base):
    __tablename__ = "depots"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    address: Mapped[str] = mapped_column(Text)
    postcode: Mapped[str] = mapped_column(String(10))
    latitude: Mapped[float]
    longitude: Mapped[float]
    salt_capacity_tonnes: Mapped[int]
    duty_phone: Mapped[str] = mapped_column(String(20))


class Route(Base):
    __tablename__ = "routes"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    depot_id: Mapped[int] = mapped_column(ForeignKey("depots.id"))
    priority: Mapped[int] = mapped_column(default=1)
    length_km: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    geometry: Mapped[str] = mapped_column(Text)
    spread_rate_g_m2: Mapped[int] = mapped_column(default=10)
    treats_footways: Mapped[bool] = mapped_column(default=False)


class Gritter(Base):
    __tablename__ = "gritters"

    id: Mapped[int] = mapped_column(primary_key=True)
    fleet_number: Mapped[str] = mapped_column(String(10), unique=True)
    registration: Mapped[str] = mapped_column(String(8))
    depot_id: Mapped[int] = mapped_column(ForeignKey("depots.id"))
    hopper_tonnes: Mapped[Decimal] = mapped_column(Numeric(4, 1))
    telematics_imei: Mapped[str | None] = mapped_column(String(15))
    in_service: Mapped[bool] = mapped_column(default=True)


class Operative(Base):
    __tablename__ = "operatives"

    id: Mapped[int] = mapped_column(primary_key=True)
    payroll_number: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    mobile: Mapped[str] = mapped_column(String(20))
    hgv_licence_expiry: Mapped[date | None]
    standby_week: Mapped[int | None]
    callout_allowance: Mapped[Decimal] = mapped_column(Numeric(7, 2), default=0)


class TreatmentDecision(Base):
    __tablename__ = "treatment_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    decided_at: Mapped[datetime]
    duty_officer: Mapped[str] = mapped_column(String(120))
    forecast_min_road_temp_c: Mapped[float]
    action: Mapped[str] = mapped_column(String(30))
    rationale: Mapped[str | None] = mapped_column(Text)


class Run(Base):
    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    route_id: Mapped[int] = mapped_column(ForeignKey("routes.id"))
    gritter_id: Mapped[int] = mapped_column(ForeignKey("gritters.id"))
    driver_id: Mapped[int] = mapped_column(ForeignKey("operatives.id"))
    decision_id: Mapped[int] = mapped_column(ForeignKey("treatment_decisions.id"))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    salt_used_tonnes: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    aborted_reason: Mapped[str | None] = mapped_column(String(200))
