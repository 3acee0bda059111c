"""Round 12 (after holdout23): a mood noted on a visit or a day's log, people who settle
disputes or teach, a batch's brewer, and trade or wholesale customers as businesses."""

from __future__ import annotations

import pytest

from privlint.catalog import load_catalog
from privlint.classify import classify_field

from .conftest import make_fact

CATALOG = load_catalog().elements


@pytest.mark.parametrize(
    ("owner", "name", "types", "expected"),
    [
        # a mood noted on a visit, a check-in or a day's log is the person's (health)
        ("Visit", "mood", ("str",), "health"),
        ("DailyNote", "mood", ("str",), "health"),
        ("DayLog", "mood", ("str",), "health"),
        ("Forecast", "mood", ("str",), None),
        # mediators, arbitrators and educators are person objects
        ("MediatorPublicSchema", "languages", ("list",), "demographic.language"),
        ("MediatorPublicSchema", "photo_url", ("str",), "identity.photo"),
        ("Arbitrator", "email", ("str",), "contact.email"),
        # and a brewer, a mediator or a curator named in a field is a person's name
        ("Batch", "brewer", ("str",), "identity.name"),
        ("Exhibition", "curator", ("str",), "identity.name"),
        ("Dispute", "adjudicator", ("str",), "identity.name"),
        # a trade, wholesale or corporate customer is a business; its contact is a person
        ("TradeCustomer", "name", ("str",), None),
        ("WholesaleCustomer", "name", ("str",), None),
        ("TradeCustomer", "contact_name", ("str",), "identity.name"),
        ("Customer", "name", ("str",), "identity.name"),
    ],
)
def test_round12_cases(owner: str, name: str, types: tuple[str, ...], expected: str | None) -> None:
    found = classify_field(make_fact(owner, name, types), CATALOG)
    assert (found.element if found else None) == expected
