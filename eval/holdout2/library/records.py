"""Typed records passed between the lending service and its SQLite store."""

from __future__ import annotations

import datetime as dt
from typing import Literal, NamedTuple, TypedDict

from typing_extensions import NotRequired


class Title(NamedTuple):
    isbn13: str
    title: str
    publisher: str
    year: int
    shelfmark: str
    pages: int | None = None


class Copy(NamedTuple):
    barcode: str
    isbn13: str
    branch: str
    condition: Literal["new", "good", "worn", "withdrawn"] = "good"
    acquired_on: dt.date | None = None
    replacement_cost: float = 0.0


class BorrowerRow(TypedDict):
    borrower_id: int
    library_card_number: str
    pin: str
    name: str
    email: NotRequired[str]
    telephone: NotRequired[str]
    address: str
    date_of_birth: dt.date
    fines_outstanding: float
    blocked: bool
    registered: dt.date
    last_borrowed: NotRequired[dt.date]


class LoanRow(TypedDict):
    loan_id: int
    barcode: str
    borrower_id: int
    issued_at: dt.datetime
    due_on: dt.date
    returned_at: dt.datetime | None
    renewals: int
    issued_by_terminal: str


class HoldRequest(TypedDict, total=False):
    isbn13: str
    borrower_id: int
    pickup_branch: str
    expires_on: dt.date


class OpeningHours(NamedTuple):
    branch: str
    weekday: int
    opens: dt.time
    closes: dt.time


class SearchEvent(TypedDict):
    session_key: str
    referrer: str | None
    results: int
    at: dt.datetime


class OverdueNotice(NamedTuple):
    borrower_name: str
    borrower_email: str
    titles: list[str]
    total_fine: float
    template: str = "overdue_first"
