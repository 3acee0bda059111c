"""Shapes handed to the PDF statement renderer and the annual dividend mail-merge."""
from datetime import date
from decimal import Decimal
from typing import TypedDict


class StatementLine(TypedDict):
    posted: date
    description: str
    amount: Decimal
    running_balance: Decimal


class Statement(TypedDict, total=False):
    member_name: str
    member_address: list[str]
    account_number: str
    period_start: date
    period_end: date
    opening_balance: Decimal
    lines: list[StatementLine]
    closing_balance: Decimal
    branch_footer: str


DividendNotice = TypedDict(
    "DividendNotice",
    {
        "member_number": str,
        "salutation": str,
        "dividend": Decimal,
        "tax_year": str,
        "paid_into": str,
    },
)
