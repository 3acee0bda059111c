"""Processor-side data: tenants' CRM records and web-chat sessions on tenants' websites.

Retention: per the tenant's instructions, and at the latest 30 days after the tenant's service
ended (``Tenant.service_ended_at``), when the data is deleted (after any return).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from contact_centre.db import Base


class Tenant(Base):
    """A customer using the platform: the controller of its CRM and chat data."""

    __tablename__ = "tenants"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    display_name: Mapped[str] = mapped_column(String(200))
    service_ended_at: Mapped[dt.datetime | None]


class EndCustomer(Base):
    """A record in a tenant's CRM: one of our customer's own customers."""

    __tablename__ = "crm_end_customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"))
    full_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    street: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100))
    postcode: Mapped[str | None] = mapped_column(String(20))
    country: Mapped[str | None] = mapped_column(String(2))
    account_balance: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))
    account_status: Mapped[str] = mapped_column(String(20), default="active")
    gender: Mapped[str | None] = mapped_column(String(20))
    date_of_birth: Mapped[dt.date | None]
    created_at: Mapped[dt.datetime]


class ChatSession(Base):
    """A web-chat conversation started from the widget on a tenant's website."""

    __tablename__ = "crm_chat_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"))
    # Random value of the chat cookie: it lets the visitor continue the conversation.
    chat_cookie: Mapped[str] = mapped_column(String(64), unique=True)
    ip_address: Mapped[str] = mapped_column(String(45))
    started_at: Mapped[dt.datetime]

    messages: Mapped[list[ChatMessage]] = relationship(
        back_populates="chat", cascade="all, delete-orphan"
    )


class ChatMessage(Base):
    __tablename__ = "crm_chat_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(ForeignKey("crm_chat_sessions.id"))
    body: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[dt.datetime]

    chat: Mapped[ChatSession] = relationship(back_populates="messages")
