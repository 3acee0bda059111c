"""Time tracking and invoicing records of a freelancer's book-keeping tool."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

import attrs


class InvoiceState(str, Enum):
    DRAFT = "draft"
    SENT = "sent"
    PAID = "paid"
    VOID = "void"


@dataclass(frozen=True)
class Profile:
    trading_name: str
    legal_name: str
    utr: str
    vat_registered: bool
    vat_number: str | None
    home_office_address: str
    email: str
    phone: str
    iban: str
    bic: str
    default_day_rate: Decimal
    currency: str = "GBP"
    logo_file: str | None = None


@dataclass
class Client:
    id: int
    company: str
    billing_address: str
    company_vat_number: str | None
    contact_person: str
    contact_email: str
    payment_terms_days: int = 30
    archived: bool = False
    tags: list[str] = field(default_factory=list)


@attrs.define
class Project:
    id: int
    client_id: int
    name: str
    code: str
    budget_hours: float | None = None
    billable: bool = True
    colour: str = "#3b82f6"


@attrs.define
class TimeEntry:
    id: int
    project_id: int
    started: dt.datetime
    stopped: dt.datetime | None = None
    minutes: int = 0
    billable: bool = True
    invoiced: bool = False
    source: str = attrs.field(default="timer")


@attrs.frozen
class InvoiceLine:
    description: str
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal = Decimal("0.20")


@attrs.define
class Invoice:
    number: str
    client_id: int
    issued_on: dt.date
    due_on: dt.date
    lines: list[InvoiceLine] = attrs.Factory(list)
    state: InvoiceState = InvoiceState.DRAFT
    total: Decimal = Decimal("0")
    pdf_name: str | None = None
    sent_to: str | None = None
    paid_on: dt.date | None = None


@dataclass(frozen=True)
class TaxYearSummary:
    tax_year: str
    turnover: Decimal
    allowable_expenses: Decimal
    taxable_profit: Decimal
    estimated_tax: Decimal
    payments_on_account: Decimal
