from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Owner(Base):
    __tablename__ = "owners"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str | None] = mapped_column(String(12))
    full_name: Mapped[str] = mapped_column(String(120))
    address_line1: Mapped[str] = mapped_column(String(120))
    town: Mapped[str] = mapped_column(String(60))
    postcode: Mapped[str] = mapped_column(String(10))
    phone: Mapped[str] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    account_balance: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=0)
    on_stop: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)

    horses: Mapped[list["Horse"]] = relationship(back_populates="owner")


class Yard(Base):
    __tablename__ = "yards"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(Text)
    postcode: Mapped[str] = mapped_column(String(10))
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    yard_manager_name: Mapped[str | None] = mapped_column(String(120))
    yard_manager_phone: Mapped[str | None] = mapped_column(String(20))
    gate_code: Mapped[str | None] = mapped_column(String(10))


class Horse(Base):
    __tablename__ = "horses"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    passport_number: Mapped[str | None] = mapped_column(String(20))
    microchip: Mapped[str | None] = mapped_column(String(15))
    breed: Mapped[str | None] = mapped_column(String(60))
    sex: Mapped[str] = mapped_column(String(10))
    date_of_birth: Mapped[date | None]
    weight_kg: Mapped[int | None]
    insured_with: Mapped[str | None] = mapped_column(String(60))
    owner_id: Mapped[int] = mapped_column(ForeignKey("owners.id"))
    yard_id: Mapped[int | None] = mapped_column(ForeignKey("yards.id"))

    owner: Mapped[Owner] = relationship(back_populates="horses")
    yard: Mapped[Yard | None] = relationship()


class Vet(Base):
    __tablename__ = "vets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    rcvs_number: Mapped[str] = mapped_column(String(12), unique=True)
    mobile: Mapped[str] = mapped_column(String(20))
    on_call: Mapped[bool] = mapped_column(default=False)


class Visit(Base):
    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    horse_id: Mapped[int] = mapped_column(ForeignKey("horses.id"))
    vet_id: Mapped[int] = mapped_column(ForeignKey("vets.id"))
    visited_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(String(200))
    clinical_notes: Mapped[str] = mapped_column(Text, default="")
    drugs_administered: Mapped[str] = mapped_column(Text, default="")
    mileage: Mapped[int] = mapped_column(default=0)
    callout_fee: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"))
