"""Usage data (notice section 2): IP address, coarse location, browser, referral source,
length of visit, page views and navigation paths.

Retention: one year after collection (``PageView.viewed_at``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from contact_centre.db import Base


class PageView(Base):
    """One page request, recorded by our own analytics tracking."""

    __tablename__ = "page_views"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Set when the visitor was logged in; page views of anonymous visitors have no account.
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    ip_address: Mapped[str] = mapped_column(String(45))
    user_agent: Mapped[str | None] = mapped_column(String(400))
    referrer: Mapped[str | None] = mapped_column(String(400))
    path: Mapped[str] = mapped_column(String(400))
    # Country (and region where known) looked up from the IP address; never finer than that.
    approx_location: Mapped[str | None] = mapped_column(String(80))
    visit_seconds: Mapped[int | None]
    viewed_at: Mapped[dt.datetime]
