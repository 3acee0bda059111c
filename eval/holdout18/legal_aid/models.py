from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Provider(Base):
    __tablename__ = "providers"

    id: Mapped[int] = mapped_column(primary_key=True)
    firm_name: Mapped[str] = mapped_column(String(160))
    laa_account_number: Mapped[str] = mapped_column(String(10), unique=True)
    office_address: Mapped[str] = mapped_column(Text)
    dx_number: Mapped[Optional[str]] = mapped_column(String(20))
    contract_categories: Mapped[str] = mapped_column(String(200))
    contact_email: Mapped[str] = mapped_column(String(254))


class Applicant(Base):
    __tablename__ = "applicants"

    id: Mapped[int] = mapped_column(primary_key=True)
    surname: Mapped[str] = mapped_column(String(80))
    forenames: Mapped[str] = mapped_column(String(120))
    date_of_birth: Mapped[date]
    ni_number: Mapped[Optional[str]] = mapped_column(String(9))
    address: Mapped[str] = mapped_column(Text)
    phone: Mapped[Optional[str]] = mapped_column(String(20))
    partner_id: Mapped[Optional[int]] = mapped_column(ForeignKey("applicants.id"))
    in_custody: Mapped[bool] = mapped_column(default=False)
    receives_universal_credit: Mapped[bool] = mapped_column(default=False)
    gross_monthly_income: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=0)
    savings: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=0)
    dependants: Mapped[int] = mapped_column(default=0)
    disability: Mapped[bool] = mapped_column(default=False)
    interpreter_language: Mapped[Optional[str]] = mapped_column(String(40))

    applications: Mapped[list["Application"]] = relationship(back_populates="applicant")


class Application(Base):
    __tablename__ = "applications"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"))
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id"))
    category: Mapped[str] = mapped_column(String(20))
    matter_description: Mapped[str] = mapped_column(Text)
    opponent_name: Mapped[Optional[str]] = mapped_column(String(160))
    fee_earner_id: Mapped[Optional[int]] = mapped_column(ForeignKey("fee_earners.id"))
    submitted_at: Mapped[Optional[datetime]]
    decided_at: Mapped[Optional[datetime]]
    decision: Mapped[Optional[str]] = mapped_column(String(12))
    contribution_monthly: Mapped[Optional[Decimal]] = mapped_column(Numeric(8, 2))

    applicant: Mapped[Applicant] = relationship(back_populates="applications")


class EvidenceDocument(Base):
    __tablename__ = "evidence_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"))
    kind: Mapped[str] = mapped_column(String(30))
    storage_key: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    uploaded_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)
    uploaded_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("fee_earners.id"))
