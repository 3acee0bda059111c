"""Contract data (notice section 2): customers, contact people, contracts.

Retention: six years after the customer's contract terminated (``Contract.terminated_at`` is
the ``contract.terminated`` event in privacy.toml). Account data is also counted from it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from contact_centre.db import Base


class Customer(Base):
    """A customer: an individual (basis: contract) or an organisation (basis: legitimate
    interests for its representatives). The name is personal data for individuals."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # "individual" or "business"
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime]

    contacts: Mapped[list[CustomerContact]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )
    contracts: Mapped[list[Contract]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )


class CustomerContact(Base):
    """A person at a customer we deal with under the contract."""

    __tablename__ = "customer_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    full_name: Mapped[str] = mapped_column(String(200))
    job_title: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(40))
    street: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100))
    postcode: Mapped[str | None] = mapped_column(String(20))
    country: Mapped[str | None] = mapped_column(String(2))
    # Contract data is also used for marketing (notice: "Marketing data and contract data used
    # for marketing"); this flag is the opt-out for that use and is honoured by the campaign
    # sender alongside the suppression list.
    marketing_opt_out: Mapped[bool] = mapped_column(default=False)

    customer: Mapped[Customer] = relationship(back_populates="contacts")


class Contract(Base):
    """A contract for our services. ``terminated_at`` anchors contract and account retention."""

    __tablename__ = "contracts"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    started_at: Mapped[dt.datetime]
    terminated_at: Mapped[dt.datetime | None]

    customer: Mapped[Customer] = relationship(back_populates="contracts")
