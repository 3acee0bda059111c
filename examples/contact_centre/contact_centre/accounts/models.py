"""Account data (notice section 2): names, usernames, e-mail addresses, password hashes.

Retention: six months after the relevant customer contract terminated.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from contact_centre.db import Base


class Account(Base):
    """A login to the service, owned by a customer (the account holder's organisation)."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    full_name: Mapped[str] = mapped_column(String(200))
    username: Mapped[str] = mapped_column(String(80), unique=True)
    email: Mapped[str] = mapped_column(String(320))
    # A salted scrypt hash, never the password (notice section 7).
    password_hash: Mapped[str] = mapped_column(String(300))
    last_login_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]
    # Art. 18: while set, we store the data but use it for nothing else (no usage tracking).
    restricted_at: Mapped[dt.datetime | None]
    # Art. 21: an objection to processing based on legitimate interests (usage analytics).
    objected_at: Mapped[dt.datetime | None]
