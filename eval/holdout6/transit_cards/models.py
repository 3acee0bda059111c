from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Cardholder(Base):
    __tablename__ = "cardholders"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(80))
    family_name: Mapped[str] = mapped_column(String(80))
    birth_date: Mapped[dt.date | None]
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    mobile: Mapped[str | None] = mapped_column(String(20))
    home_postcode: Mapped[str | None] = mapped_column(String(10))
    photo_url: Mapped[str | None] = mapped_column(String(500))
    disabled_persons_concession: Mapped[bool] = mapped_column(default=False)
    auto_topup_enabled: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(server_default=func.now())

    cards: Mapped[list[Card]] = relationship(back_populates="holder")


class Card(Base):
    __tablename__ = "cards"

    id: Mapped[int] = mapped_column(primary_key=True)
    serial_number: Mapped[str] = mapped_column(String(16), unique=True)
    product_code: Mapped[str] = mapped_column(String(8), default="PAYG")
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("cardholders.id"))
    balance: Mapped[Decimal] = mapped_column(Numeric(8, 2), default=Decimal("0.00"))
    status: Mapped[str] = mapped_column(String(12), default="active")
    issued_at: Mapped[dt.datetime] = mapped_column(server_default=func.now())
    expires_on: Mapped[dt.date | None]

    holder: Mapped[Cardholder | None] = relationship(back_populates="cards")
    journeys: Mapped[list[Journey]] = relationship(order_by="Journey.tapped_on_at")


class Stop(Base):
    __tablename__ = "stops"

    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    latitude: Mapped[float]
    longitude: Mapped[float]
    fare_zone: Mapped[int]
    step_free_access: Mapped[bool] = mapped_column(default=False)


class Journey(Base):
    __tablename__ = "journeys"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id"), index=True)
    tap_on_stop: Mapped[str] = mapped_column(ForeignKey("stops.code"))
    tap_off_stop: Mapped[str | None] = mapped_column(ForeignKey("stops.code"))
    tapped_on_at: Mapped[dt.datetime]
    tapped_off_at: Mapped[dt.datetime | None]
    route_code: Mapped[str | None] = mapped_column(String(8))
    vehicle_id: Mapped[str | None] = mapped_column(String(12))
    fare: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    capped: Mapped[bool] = mapped_column(default=False)


class TopUp(Base):
    __tablename__ = "topups"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id"))
    amount: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    method: Mapped[str] = mapped_column(String(16))
    payment_reference: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(server_default=func.now())
