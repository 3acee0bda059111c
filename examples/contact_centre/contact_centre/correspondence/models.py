"""Correspondence data (notice section 2): communication content, contact details, metadata.

Retention: six years after the later of the message date (``Message.sent_at``) and the
termination of the contract the enquiry relates to (``Contract.terminated_at``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from contact_centre.db import Base


class Enquiry(Base):
    """A conversation thread: an enquiry or a complaint."""

    __tablename__ = "enquiries"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # "enquiry" or "complaint"
    # The contract this correspondence relates to, when there is one (a retention anchor).
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"))
    correspondent_name: Mapped[str] = mapped_column(String(200))
    correspondent_email: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(String(200))
    opened_at: Mapped[dt.datetime]

    messages: Mapped[list[Message]] = relationship(
        back_populates="enquiry", cascade="all, delete-orphan"
    )


class Message(Base):
    """One message in a thread, in either direction."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    enquiry_id: Mapped[int] = mapped_column(ForeignKey("enquiries.id"))
    direction: Mapped[str] = mapped_column(String(10))  # "inbound" or "outbound"
    body: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[dt.datetime]

    enquiry: Mapped[Enquiry] = relationship(back_populates="messages")
