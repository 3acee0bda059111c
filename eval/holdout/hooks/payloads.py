"""Incoming webhook bodies from the payment provider and the storefront."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Address(BaseModel):
    line1: str
    line2: str | None = None
    city: str
    state: str | None = None
    postal_code: str
    country: str


class BillingDetails(BaseModel):
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    address: Address | None = None


class CardSummary(BaseModel):
    brand: str
    last4: str
    exp_month: int
    exp_year: int
    funding: str
    fingerprint: str


class PaymentIntent(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str
    object: Literal["payment_intent"] = "payment_intent"
    amount: int
    currency: str
    customer: str | None = None
    receipt_email: str | None = None
    billing_details: BillingDetails | None = None
    card: CardSummary | None = None
    livemode: bool
    created: int


class WebhookEvent(BaseModel):
    id: str
    type: str
    api_version: str | None = None
    created: int
    data: dict[str, object]
    pending_webhooks: int = 0
    request_idempotency_key: str | None = Field(default=None, alias="idempotency_key")


class OrderLine(BaseModel):
    sku: str
    title: str
    quantity: int
    unit_price_minor: int
    gift_message: str | None = None


class OrderPlaced(BaseModel):
    order_id: str
    placed_at: datetime
    buyer_email: str
    buyer_first_name: str
    shipping_address: Address
    lines: list[OrderLine]
    discount_code: str | None = None
    browser_ip: str | None = None
    accepts_marketing: bool = False
    x_forwarded_for: str | None = None
    total_minor: int
