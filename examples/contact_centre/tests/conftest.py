"""Fixtures for the contact-centre example's own test suite.

The example is not installed: its root goes on ``sys.path`` so ``import contact_centre`` works
from the repository root and under ``--import-mode=importlib``. Nothing here touches the
network; mail and HTTP transports are fakes, and time is a controllable clock.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

import pytest

EXAMPLE_ROOT = Path(__file__).resolve().parent.parent
if str(EXAMPLE_ROOT) not in sys.path:
    sys.path.insert(0, str(EXAMPLE_ROOT))

from contact_centre.accounts.models import Account  # noqa: E402
from contact_centre.accounts.service import create_account  # noqa: E402
from contact_centre.contracts.models import Contract, Customer, CustomerContact  # noqa: E402
from contact_centre.db import create_schema, make_engine, make_session_factory  # noqa: E402
from contact_centre.mail import Mailer  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

START = dt.datetime(2026, 1, 15, 9, 0, 0)


@dataclass
class ManualClock:
    """A clock the test moves by hand."""

    now: dt.datetime = START

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@dataclass
class Outbox:
    """A mail transport that keeps messages instead of sending them."""

    messages: list[EmailMessage] = field(default_factory=list)

    def __call__(self, message: EmailMessage) -> None:
        self.messages.append(message)

    def recipients(self) -> list[str]:
        return [str(m["To"]) for m in self.messages]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def session_factory(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(f"sqlite:///{tmp_path / 'contact_centre.db'}")
    create_schema(engine)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def db(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    with session_factory() as session:
        yield session


@pytest.fixture
def outbox() -> Outbox:
    return Outbox()


@pytest.fixture
def mailer(outbox: Outbox) -> Mailer:
    return Mailer(outbox)


@dataclass
class Seeded:
    customer: Customer
    contact: CustomerContact
    contract: Contract
    account: Account


SeedFn = Callable[..., Seeded]


@pytest.fixture
def seed(db: Session, clock: ManualClock) -> SeedFn:
    """Create a business customer with one contact, one contract and one account."""
    counter = iter(range(1, 1000))

    def make(
        *,
        email: str | None = None,
        password: str = "correct horse battery",
        terminated_at: dt.datetime | None = None,
        marketing_opt_out: bool = False,
    ) -> Seeded:
        n = next(counter)
        email = email or f"person{n}@example.test"
        customer = Customer(kind="business", name=f"Customer {n} Ltd", created_at=clock())
        contact = CustomerContact(
            full_name=f"Test Person {n}",
            job_title="Operations manager",
            email=email,
            phone="+44 161 496 0000",
            street=f"{n} Test Street",
            city="Manchester",
            postcode="M1 1AA",
            country="GB",
            marketing_opt_out=marketing_opt_out,
        )
        contract = Contract(
            reference=f"QC-{n:04d}", started_at=clock(), terminated_at=terminated_at
        )
        customer.contacts.append(contact)
        customer.contracts.append(contract)
        db.add(customer)
        db.flush()
        account = create_account(
            db,
            customer_id=customer.id,
            full_name=contact.full_name,
            username=f"user{n}",
            email=email,
            password=password,
            clock=clock,
        )
        db.commit()
        return Seeded(customer, contact, contract, account)

    return make
