"""Marketing data (notice section 2): e-mail addresses and marketing preferences.

Retention: until the person opts out (``Subscription.opted_out_at``). After that only the
suppression entry survives: a SHA-256 digest of the address and the preference, so that we can
recognise the address and never market to it again without keeping it in clear.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from contact_centre.db import Base


class Subscription(Base):
    """A marketing subscription: a website sign-up or an existing customer's contact."""

    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320))
    source: Mapped[str] = mapped_column(String(20))  # "website" or "customer"
    subscribed_at: Mapped[dt.datetime]
    opted_out_at: Mapped[dt.datetime | None]
    marketing_opt_out: Mapped[bool] = mapped_column(default=False)


class SuppressionEntry(Base):
    """An address we must never send marketing to, kept after everything else is gone."""

    __tablename__ = "suppression_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    email_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    preference: Mapped[str] = mapped_column(String(40), default="no_marketing")
    suppressed_at: Mapped[dt.datetime]
