"""Portfolio, tenancies, rent and maintenance for small landlords (SQLAlchemy 2.0)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Landlord(Base):
    __tablename__ = "landlords"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(20))
    utr: Mapped[str | None] = mapped_column(String(10), comment="HMRC unique taxpayer ref")
    properties: Mapped[list[Property]] = relationship(back_populates="landlord")


class Property(Base):
    __tablename__ = "properties"

    id: Mapped[int] = mapped_column(primary_key=True)
    landlord_id: Mapped[int] = mapped_column(ForeignKey("landlords.id"))
    landlord: Mapped[Landlord] = relationship(back_populates="properties")
    nickname: Mapped[str] = mapped_column(String(60))
    address_line1: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(80))
    postcode: Mapped[str] = mapped_column(String(10))
    bedrooms: Mapped[int]
    epc_rating: Mapped[str | None] = mapped_column(String(1))
    gas_cert_expiry: Mapped[date | None]
    purchase_price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    wifi_password: Mapped[str | None] = mapped_column(String(64))


class Tenant(Base):
    __tablename__ = "tenants"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(160))
    email: Mapped[str | None] = mapped_column(String(254))
    mobile: Mapped[str | None] = mapped_column(String(20))
    date_of_birth: Mapped[date | None]
    passport_number: Mapped[str | None] = mapped_column(String(20))
    right_to_rent_checked_on: Mapped[date | None]
    employer: Mapped[str | None] = mapped_column(String(120))
    annual_income: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    guarantor_name: Mapped[str | None] = mapped_column(String(160))
    guarantor_phone: Mapped[str | None] = mapped_column(String(20))
    forwarding_address: Mapped[str | None] = mapped_column(Text)
    has_pets: Mapped[bool] = mapped_column(default=False)
    smoker: Mapped[bool] = mapped_column(default=False)


class Tenancy(Base):
    __tablename__ = "tenancies"

    id: Mapped[int] = mapped_column(primary_key=True)
    property_id: Mapped[int] = mapped_column(ForeignKey("properties.id"))
    lead_tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"))
    lead_tenant: Mapped[Tenant] = relationship()
    starts_on: Mapped[date]
    ends_on: Mapped[date | None]
    monthly_rent: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    rent_due_day: Mapped[int] = mapped_column(default=1)
    deposit_amount: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    deposit_scheme_ref: Mapped[str | None] = mapped_column(String(30))
    arrears: Mapped[Decimal] = mapped_column(Numeric(8, 2), default=Decimal("0"))
    notice_served_on: Mapped[date | None]


class RentPayment(Base):
    __tablename__ = "rent_payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenancy_id: Mapped[int] = mapped_column(ForeignKey("tenancies.id"))
    amount: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    paid_on: Mapped[date]
    payer_reference: Mapped[str | None] = mapped_column(String(40))
    matched_automatically: Mapped[bool] = mapped_column(default=True)


class MaintenanceRequest(Base):
    __tablename__ = "maintenance_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    property_id: Mapped[int] = mapped_column(ForeignKey("properties.id"))
    reported_by_id: Mapped[int | None] = mapped_column(ForeignKey("tenants.id"))
    category: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(Text)
    urgency: Mapped[str] = mapped_column(String(10), default="routine")
    contractor: Mapped[str | None] = mapped_column(String(120))
    cost: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    reported_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
