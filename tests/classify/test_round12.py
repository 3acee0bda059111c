"""Round 12 (after holdout23 and holdout24): a mood noted on a visit or a day's log, people who
settle disputes or teach, a batch's brewer, trade or wholesale customers as businesses, whom a
text or a reminder goes to, the account a payment went into, medicines given or carried, birth
and pregnancy words, a credit file's lines, and an animal's own name and age."""

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
        # whom a text, a reminder or an escalation goes to
        ("SmsMessage", "to", ("str",), "contact.phone"),
        ("EscalationMessage", "sent_to", ("str",), "contact"),
        ("ReminderJob", "to_address", ("str",), "contact"),
        ("Transfer", "to", ("str",), None),
        ("AlertBroadcast", "recipients", ("list",), None),
        # the account a payment went into is a bank account, not free text
        ("SkillsPayment", "paid_into_account", ("str",), "financial.bank_account"),
        ("Boater", "direct_debit_account", ("str",), "financial.bank_account"),
        # medicines given, taken or carried
        ("Visit", "drugs_administered", ("str",), "health.medication"),
        ("Consent", "medication_to_carry", ("str",), "health.medication"),
        ("Resident", "vulnerabilities", ("str",), "health.condition"),
        # birth and pregnancy
        ("BirthLog", "delivery_type", ("str",), "health.condition"),
        ("OrderForm", "delivery_type", ("str",), None),
        ("BirthLog", "baby_weight_grams", ("int",), "health.measurement"),
        ("Client", "estimated_due_date", ("date",), "health.condition"),
        ("Invoice", "due_date", ("date",), None),
        ("BirthPreferencesForm", "vitamin_k", ("str",), "health.medication"),
        ("BirthPreferencesForm", "gbs_positive", ("bool",), "health.condition"),
        # a credit file's lines
        ("CreditReportLineSchema", "status_history", ("str",), "financial.credit"),
        ("CreditReportLineSchema", "limit", ("int",), "financial.credit"),
        ("CreditAccount", "payment_status_history", ("str",), "financial.credit"),
        ("QueryPage", "limit", ("int",), None),
        # an animal's name and age are its own; its owner's or walker's name is a person's
        ("BookingForm", "dog_name", ("str",), None),
        ("BookingForm", "dog_age", ("int",), None),
        ("BookingForm", "dog_owner_name", ("str",), "identity.name"),
        ("Booking", "horse_rider_phone", ("str",), "contact.phone"),
    ],
)
def test_round12_cases(owner: str, name: str, types: tuple[str, ...], expected: str | None) -> None:
    found = classify_field(make_fact(owner, name, types), CATALOG)
    assert (found.element if found else None) == expected
