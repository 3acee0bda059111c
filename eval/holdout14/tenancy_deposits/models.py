from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class LettingAgent(Base):
    __tablename__ = "letting_agents"

    id: Mapped[int] = mapped_column(primary_key=True)
    trading_name: Mapped[str] = mapped_column(String(120))
    company_number: Mapped[Optional[str]] = mapped_column(String(8))
    office_address: Mapped[str] = mapped_column(Text)
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[str] = mapped_column(String(20))
    redress_membership: Mapped[Optional[str]] = mapped_column(String(20))


class Landlord(Base):
    __tablename__ = "landlords"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[Optional[str]] = mapped_column(String(20))
    correspondence_address: Mapped[str] = mapped_column(Text)
    bank_sort_code: Mapped[Optional[str]] = mapped_column(String(8))
    bank_account_number: Mapped[Optional[str]] = mapped_column(String(8))
    agent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("letting_agents.id"))


class Property(Base):
    __tablename__ = "properties"

    id: Mapped[int] = mapped_column(primary_key=True)
    landlord_id: Mapped[int] = mapped_column(ForeignKey("landlords.id"))
    address_line1: Mapped[str] = mapped_column(String(120))
    town: Mapped[str] = mapped_column(String(60))
    postcode: Mapped[str] = mapped_column(String(8), index=True)
    bedrooms: Mapped[int] = mapped_column(default=1)
    furnished: Mapped[bool] = mapped_column(default=False)


class Tenancy(Base):
    __tablename__ = "tenancies"

    id: Mapped[int] = mapped_column(primary_key=True)
    deposit_id: Mapped[str] = mapped_column(String(12), unique=True)
    property_id: Mapped[int] = mapped_column(ForeignKey("properties.id"))
    start_date: Mapped[date]
    end_date: Mapped[Optional[date]]
    monthly_rent: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    deposit_amount: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    protected_on: Mapped[date]

    tenants: Mapped[list["Tenant"]] = relationship(back_populates="tenancy")


class Tenant(Base):
    __tablename__ = "tenants"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenancy_id: Mapped[int] = mapped_column(ForeignKey("tenancies.id"))
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    date_of_birth: Mapped[Optional[date]]
    email: Mapped[Optional[str]] = mapped_column(String(254))
    mobile: Mapped[Optional[str]] = mapped_column(String(20))
    forwarding_address: Mapped[Optional[str]] = mapped_column(Text)
    lead_tenant: Mapped[bool] = mapped_column(default=False)

    tenancy: Mapped[Tenancy] = relationship(back_populates="tenants")


class RepaymentRequest(Base):
    __tablename__ = "repayment_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenancy_id: Mapped[int] = mapped_column(ForeignKey("tenancies.id"))
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"))
    to_tenant: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    to_landlord: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    reason: Mapped[Optional[str]] = mapped_column(Text)
    tenant_iban: Mapped[Optional[str]] = mapped_column(String(34))
    submitted_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)


class Dispute(Base):
    __tablename__ = "disputes"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenancy_id: Mapped[int] = mapped_column(ForeignKey("tenancies.id"))
    tenant_statement: Mapped[str] = mapped_column(Text)
    landlord_statement: Mapped[Optional[str]] = mapped_column(Text)
    adjudicator: Mapped[Optional[str]] = mapped_column(String(120))
    decision: Mapped[Optional[str]] = mapped_column(Text)
    award_to_tenant: Mapped[Optional[Decimal]] = mapped_column(Numeric(8, 2))
