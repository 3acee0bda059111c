from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Household(Base):
    __tablename__ = "households"

    id: Mapped[int] = mapped_column(primary_key=True)
    uprn: Mapped[str | None] = mapped_column(String(12), index=True)
    address_line1: Mapped[str] = mapped_column(String(120))
    town: Mapped[str] = mapped_column(String(60))
    postcode: Mapped[str] = mapped_column(String(8), index=True)
    occupant_name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    tenure: Mapped[str] = mapped_column(String(20))
    occupants: Mapped[int] = mapped_column(default=1)
    receives_benefits: Mapped[bool] = mapped_column(default=False)
    vulnerable_occupant: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())

    surveys: Mapped[list[Survey]] = relationship(back_populates="household")


class Assessor(Base):
    __tablename__ = "assessors"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    accreditation_number: Mapped[str] = mapped_column(String(20), unique=True)
    work_mobile: Mapped[str] = mapped_column(String(20))
    patch_postcodes: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)


class Survey(Base):
    __tablename__ = "surveys"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"))
    assessor_id: Mapped[int] = mapped_column(ForeignKey("assessors.id"))
    visited_on: Mapped[date]
    property_type: Mapped[str] = mapped_column(String(30))
    built_form: Mapped[str] = mapped_column(String(30))
    construction_year: Mapped[int | None]
    loft_insulation_mm: Mapped[int | None]
    wall_type: Mapped[str] = mapped_column(String(40))
    heating_system: Mapped[str] = mapped_column(String(60))
    current_sap_rating: Mapped[int]
    potential_sap_rating: Mapped[int]
    annual_energy_cost: Mapped[Decimal] = mapped_column(Numeric(8, 2))

    household: Mapped[Household] = relationship(back_populates="surveys")
    recommendations: Mapped[list[Recommendation]] = relationship(cascade="all, delete-orphan")


class Recommendation(Base):
    __tablename__ = "recommendations"

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id"))
    measure: Mapped[str] = mapped_column(String(80))
    estimated_cost: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    annual_saving: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    grant_eligible: Mapped[bool] = mapped_column(default=False)
