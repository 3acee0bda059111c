"""Motor and home insurance claims, mapped with SQLAlchemy 2.0 typed declarations."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class ClaimStatus(enum.Enum):
    OPENED = "opened"
    ASSESSING = "assessing"
    APPROVED = "approved"
    DECLINED = "declined"
    SETTLED = "settled"


class Policyholder(Base):
    __tablename__ = "policyholders"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_ref: Mapped[str] = mapped_column(String(12), unique=True)
    given_name: Mapped[str] = mapped_column(String(80))
    family_name: Mapped[str] = mapped_column(String(80))
    birth_date: Mapped[date]
    email_address: Mapped[str] = mapped_column(String(254), index=True)
    telephone_home: Mapped[str | None] = mapped_column(String(20))
    address_line_1: Mapped[str] = mapped_column(String(120))
    address_line_2: Mapped[str | None] = mapped_column(String(120))
    town: Mapped[str] = mapped_column(String(60))
    post_code: Mapped[str] = mapped_column(String(10))
    ni_number: Mapped[str | None] = mapped_column(String(9))
    licence_number: Mapped[str | None] = mapped_column(String(16))
    occupation: Mapped[str | None] = mapped_column(String(80))
    credit_band: Mapped[str | None] = mapped_column(String(2))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())

    policies: Mapped[list[Policy]] = relationship(back_populates="holder")


class Policy(Base):
    __tablename__ = "policies"

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_number: Mapped[str] = mapped_column(String(20), unique=True)
    product_code: Mapped[str] = mapped_column(String(10))
    holder_id: Mapped[int] = mapped_column(ForeignKey("policyholders.id"))
    holder: Mapped[Policyholder] = relationship(back_populates="policies")
    premium: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    excess: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    starts_on: Mapped[date]
    renews_on: Mapped[date]
    underwriter: Mapped[str] = mapped_column(String(60))

    claims: Mapped[list[Claim]] = relationship(back_populates="policy")


class Adjuster(Base):
    __tablename__ = "adjusters"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    work_email: Mapped[str] = mapped_column(String(254))
    team: Mapped[str] = mapped_column(String(40))


class Claim(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id"))
    policy: Mapped[Policy] = relationship(back_populates="claims")
    adjuster_id: Mapped[int | None] = mapped_column(ForeignKey("adjusters.id"))
    status: Mapped[ClaimStatus] = mapped_column(default=ClaimStatus.OPENED)
    incident_date: Mapped[date]
    incident_description: Mapped[str] = mapped_column(Text)
    incident_latitude: Mapped[float | None]
    incident_longitude: Mapped[float | None]
    injuries_sustained: Mapped[str | None] = mapped_column(Text)
    third_party_involved: Mapped[bool] = mapped_column(default=False)
    police_crime_ref: Mapped[str | None] = mapped_column(String(30))
    amount_claimed: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    reserve: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=0)
    opened_at: Mapped[datetime] = mapped_column(server_default=func.now())
    closed_at: Mapped[datetime | None]


class ClaimDocument(Base):
    __tablename__ = "claim_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"))
    uploaded_by: Mapped[int] = mapped_column(ForeignKey("policyholders.id"))
    file_name: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int]
    storage_key: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))


class Settlement(Base):
    __tablename__ = "settlements"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), unique=True)
    payee_name: Mapped[str] = mapped_column(String(120))
    payee_sort_code: Mapped[str] = mapped_column(String(8))
    payee_account_no: Mapped[str] = mapped_column(String(8))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    approved_by_id: Mapped[int] = mapped_column(ForeignKey("adjusters.id"))
    paid_at: Mapped[datetime | None]
    bacs_batch: Mapped[str | None] = mapped_column(String(20))
