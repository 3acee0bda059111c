"""SQLModel tables of a debt advice charity's casework system."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlmodel import Field, SQLModel


class Adviser(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    team: str = "telephone"
    email: str
    max_caseload: int = 40


class ClientBase(SQLModel):
    first_name: str
    last_name: str
    date_of_birth: date | None = None
    phone: str | None = None
    email: str | None = None
    address_line1: str = ""
    postcode: str = ""
    marital_status: str | None = None
    employment_status: str | None = None
    mental_health_flag: bool = False
    preferred_language: str = "en"


class Client(ClientBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    adviser_id: int | None = Field(default=None, foreign_key="adviser.id")
    ni_number: str | None = Field(default=None, max_length=9)
    created_at: datetime = Field(default_factory=datetime.utcnow)


class ClientCreate(ClientBase):
    pass


class ClientRead(ClientBase):
    id: int
    adviser_id: int | None


class Creditor(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    sector: str = "consumer credit"
    address: str = ""
    payments_email: str | None = None
    phone: str | None = None
    accepts_token_payments: bool = True


class Debt(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id")
    creditor_id: int = Field(foreign_key="creditor.id")
    account_reference: str = ""
    balance: Decimal = Field(default=Decimal("0"), max_digits=10, decimal_places=2)
    arrears: Decimal = Field(default=Decimal("0"), max_digits=10, decimal_places=2)
    ccj: bool = False
    notes: str | None = None


class BudgetLine(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id")
    category: str
    monthly_amount: Decimal = Field(max_digits=8, decimal_places=2)


class LetterTemplate(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    subject: str
    body: str
    creditor_facing: bool = True
