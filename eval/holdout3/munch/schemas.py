"""API bodies of the eater app (Pydantic v2)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class BasketLine(BaseModel):
    menu_item_id: int
    quantity: int = Field(ge=1, le=20)
    options: list[str] = []


class CheckoutIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    restaurant_id: int
    lines: list[BasketLine]
    address_id: int
    tip: Decimal = Decimal("0")
    promo_code: str | None = None
    payment_method_token: str
    note_for_rider: str | None = Field(default=None, max_length=280)
    contactless: bool = True


class OrderStatusOut(BaseModel):
    public_ref: str
    status: str
    eta_minutes: int | None = None
    courier_first_name: str | None = None
    courier_lat: float | None = None
    courier_lng: float | None = None
    updated: dt.datetime


class RestaurantCard(BaseModel):
    slug: str
    display_name: str
    cuisine: str
    distance_km: float
    rating: float
    delivery_fee: Decimal
    photo_url: str | None = None


class RegisterIn(BaseModel):
    full_name: str
    email: EmailStr
    phone_number: str
    password: str = Field(min_length=10)
    marketing_emails: bool = False


class ReviewIn(BaseModel):
    order_ref: str
    stars: int = Field(ge=1, le=5)
    text: str = ""
