"""Marketplace tables: restaurants, menus, orders and couriers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Restaurant(Base):
    __tablename__ = "restaurants"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    cuisine: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str] = mapped_column(String(20))
    street: Mapped[str] = mapped_column(String(120))
    postcode: Mapped[str] = mapped_column(String(10))
    lat: Mapped[float]
    lng: Mapped[float]
    prep_time_minutes: Mapped[int] = mapped_column(default=20)
    commission_rate: Mapped[Decimal] = mapped_column(Numeric(4, 3))
    is_open: Mapped[bool] = mapped_column(default=False)
    hygiene_rating: Mapped[int | None]
    menu_items: Mapped[list[MenuItem]] = relationship(back_populates="restaurant")


class MenuItem(Base):
    __tablename__ = "menu_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    restaurant_id: Mapped[int] = mapped_column(ForeignKey("restaurants.id"))
    restaurant: Mapped[Restaurant] = relationship(back_populates="menu_items")
    title: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    price: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    allergens: Mapped[str] = mapped_column(String(200), default="")
    calories: Mapped[int | None]
    is_vegan: Mapped[bool] = mapped_column(default=False)
    image_key: Mapped[str | None] = mapped_column(String(200))


class Eater(Base):
    __tablename__ = "eaters"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    phone_number: Mapped[str] = mapped_column(String(20))
    password_digest: Mapped[str] = mapped_column(String(128))
    allergies: Mapped[str | None] = mapped_column(Text)
    default_address_id: Mapped[int | None] = mapped_column(ForeignKey("addresses.id"))
    promo_sms: Mapped[bool] = mapped_column(default=False)
    banned: Mapped[bool] = mapped_column(default=False)
    last_ordered_at: Mapped[dt.datetime | None]
    signup_referrer: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(default=dt.datetime.utcnow)


class Address(Base):
    __tablename__ = "addresses"

    id: Mapped[int] = mapped_column(primary_key=True)
    eater_id: Mapped[int] = mapped_column(ForeignKey("eaters.id"))
    label: Mapped[str] = mapped_column(String(30), default="Home")
    line1: Mapped[str] = mapped_column(String(120))
    flat_number: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str] = mapped_column(String(80))
    postcode: Mapped[str] = mapped_column(String(10))
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    rider_instructions: Mapped[str | None] = mapped_column(Text)


class Courier(Base):
    __tablename__ = "couriers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    mobile: Mapped[str] = mapped_column(String(20))
    vehicle: Mapped[str] = mapped_column(String(12))
    right_to_work_checked: Mapped[bool] = mapped_column(default=False)
    current_lat: Mapped[float | None]
    current_lng: Mapped[float | None]
    online: Mapped[bool] = mapped_column(default=False)
    rating_avg: Mapped[Decimal] = mapped_column(Numeric(3, 2), default=Decimal("5.00"))
    payout_iban: Mapped[str | None] = mapped_column(String(34))
    weekly_earnings: Mapped[Decimal] = mapped_column(Numeric(9, 2), default=Decimal("0"))


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_ref: Mapped[str] = mapped_column(String(12), unique=True)
    eater_id: Mapped[int] = mapped_column(ForeignKey("eaters.id"))
    restaurant_id: Mapped[int] = mapped_column(ForeignKey("restaurants.id"))
    courier_id: Mapped[int | None] = mapped_column(ForeignKey("couriers.id"))
    address_id: Mapped[int] = mapped_column(ForeignKey("addresses.id"))
    subtotal: Mapped[Decimal] = mapped_column(Numeric(9, 2))
    delivery_fee: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    tip: Mapped[Decimal] = mapped_column(Numeric(6, 2), default=Decimal("0"))
    status: Mapped[str] = mapped_column(String(16), default="placed")
    note_for_kitchen: Mapped[str | None] = mapped_column(Text)
    placed_at: Mapped[dt.datetime]
    delivered_at: Mapped[dt.datetime | None]
