"""Rights handlers: export is complete and parses; erasure keeps only what the policy keeps."""

from __future__ import annotations

import csv
import io
import json

import pytest
from contact_centre.accounts.models import Account
from contact_centre.contracts.models import Contract, CustomerContact
from contact_centre.correspondence.models import Enquiry
from contact_centre.correspondence.service import open_enquiry
from contact_centre.marketing.campaigns import send_campaign
from contact_centre.marketing.models import Subscription, SuppressionEntry
from contact_centre.marketing.subscriptions import subscribe
from contact_centre.marketing.suppression import email_digest, is_suppressed
from contact_centre.privacy import rights
from contact_centre.usage.models import PageView
from contact_centre.usage.tracking import record_page_view
from sqlalchemy import select

EMAIL = "subject@example.test"


@pytest.fixture
def subject(db, seed, clock):
    seeded = seed(email=EMAIL)
    record_page_view(
        db,
        ip_address="192.0.2.44",
        path="/docs",
        user_agent="TestBrowser/1",
        account=seeded.account,
        clock=clock,
    )
    open_enquiry(
        db,
        name="Test Person 1",
        email=EMAIL,
        subject="Complaint",
        body="It broke",
        kind="complaint",
        contract_id=seeded.contract.id,
        clock=clock,
    )
    subscribe(db, EMAIL, clock=clock)
    db.commit()
    return seeded


def test_json_export_holds_every_category(db, subject) -> None:
    data = json.loads(rights.export_subject(db, EMAIL, "json"))["categories"]
    assert data["account"][0]["username"] == subject.account.username
    assert "password_hash" not in data["account"][0]
    assert data["usage"][0]["ip_address"] == "192.0.2.44"
    assert data["contract"][0]["job_title"] == "Operations manager"
    assert data["correspondence"][0]["body"] == "It broke"
    assert data["marketing"][0]["email"] == EMAIL


def test_csv_export_parses(db, subject) -> None:
    rows = list(csv.DictReader(io.StringIO(rights.export_subject(db, EMAIL, "csv"))))
    values = {(r["category"], r["field"]): r["value"] for r in rows}
    assert values[("usage", "user_agent")] == "TestBrowser/1"
    assert values[("contract", "postcode")] == "M1 1AA"
    with pytest.raises(ValueError, match="unsupported export format"):
        rights.export_subject(db, EMAIL, "xml")


def test_erasure_keeps_the_suppression_entry_and_contracts(db, subject, mailer, outbox, clock):
    report = rights.erase(db, EMAIL, clock=clock)
    db.commit()
    assert report.deleted == {
        "usage": 1,
        "account": 1,
        "contract": 1,
        "marketing": 1,
        "correspondence": 1,
    }
    for model in (Account, PageView, CustomerContact, Subscription, Enquiry):
        assert db.scalars(select(model)).all() == []
    assert db.scalars(select(Contract)).one().reference == subject.contract.reference
    assert db.scalars(select(SuppressionEntry)).one().email_sha256 == email_digest(EMAIL)
    assert EMAIL not in rights.export_subject(db, EMAIL, "json")

    subscribe(db, EMAIL, clock=clock)  # even if the address comes back from a stale import
    db.commit()
    send_campaign(db, mailer, subject="News", body="Hi", link_key=b"k")
    assert outbox.messages == []


def test_rectify_changes_every_copy(db, subject) -> None:
    changed = rights.rectify(db, EMAIL, {"email": "new@example.test", "full_name": "New Name"})
    assert changed == 3  # account, contact, subscription
    assert subject.account.full_name == subject.contact.full_name == "New Name"
    assert db.scalars(select(Subscription)).one().email == "new@example.test"
    with pytest.raises(ValueError, match="cannot rectify"):
        rights.rectify(db, "new@example.test", {"password_hash": "x"})


def test_restriction_stops_tracking_and_pauses_marketing(db, subject, clock) -> None:
    assert rights.restrict(db, EMAIL, clock=clock) == 3
    assert record_page_view(db, ip_address="192.0.2.1", path="/", account=subject.account) is None
    assert subject.contact.marketing_opt_out
    assert not is_suppressed(db, EMAIL)  # paused, not erased: lifting it needs no new consent


def test_objection_stops_tracking_and_marketing(db, subject, clock) -> None:
    assert rights.object_to_processing(db, EMAIL, clock=clock) == 1
    assert subject.account.objected_at == clock.now
    assert is_suppressed(db, EMAIL)


def test_withdrawing_consent_opts_out(db, subject, clock) -> None:
    rights.withdraw_consent(db, EMAIL, clock=clock)
    assert db.scalars(select(Subscription)).one().opted_out_at == clock.now
