"""Retention: each purge job keeps data until its deadline and deletes it after.

The clock is moved to one day before and one day after each deadline of privacy.toml.
"""

from __future__ import annotations

import datetime as dt

from contact_centre.accounts.models import Account
from contact_centre.contracts.models import Contract, Customer, CustomerContact
from contact_centre.correspondence.models import Enquiry, Message
from contact_centre.correspondence.service import open_enquiry
from contact_centre.crm.chat import post_chat_message
from contact_centre.crm.models import ChatSession, EndCustomer, Tenant
from contact_centre.marketing.models import Subscription, SuppressionEntry
from contact_centre.marketing.subscriptions import subscribe
from contact_centre.marketing.suppression import email_digest, opt_out
from contact_centre.privacy import retention
from contact_centre.privacy.periods import months_before, years_before
from contact_centre.usage.models import PageView
from contact_centre.usage.tracking import record_page_view
from sqlalchemy import select

DAY = dt.timedelta(days=1)


def count(db, model) -> int:
    return len(db.scalars(select(model)).all())


def test_calendar_periods() -> None:
    assert months_before(dt.datetime(2026, 8, 31), 6) == dt.datetime(2026, 2, 28)
    assert years_before(dt.datetime(2028, 2, 29), 1) == dt.datetime(2027, 2, 28)
    assert months_before(dt.datetime(2026, 3, 15), 15) == dt.datetime(2024, 12, 15)


def test_usage_kept_one_year(db, clock) -> None:
    collected = clock()
    record_page_view(db, ip_address="192.0.2.5", path="/", clock=clock)
    db.commit()
    clock.now = collected.replace(year=collected.year + 1) - DAY
    assert retention.purge_usage(db, clock=clock) == 0
    clock.now += 2 * DAY
    assert retention.purge_usage(db, clock=clock) == 1
    assert count(db, PageView) == 0


def test_accounts_go_six_months_after_contract_end(db, seed, clock) -> None:
    ended = clock()
    seeded = seed(terminated_at=ended)
    live = seed()  # a customer with a live contract keeps its account
    record_page_view(db, ip_address="192.0.2.6", path="/", account=seeded.account, clock=clock)
    db.commit()
    clock.now = dt.datetime(2026, 7, 14, 9)
    assert retention.purge_accounts(db, clock=clock) == 0
    clock.now = dt.datetime(2026, 7, 16, 9)
    assert retention.purge_accounts(db, clock=clock) == 1
    assert [a.id for a in db.scalars(select(Account))] == [live.account.id]
    assert db.scalars(select(PageView)).one().account_id is None  # usage has its own rule


def test_account_kept_while_any_contract_is_live(db, seed, clock) -> None:
    seeded = seed(terminated_at=clock())
    seeded.customer.contracts.append(Contract(reference="QC-LIVE", started_at=clock()))
    db.commit()
    clock.advance(days=400)
    assert retention.purge_accounts(db, clock=clock) == 0


def test_contract_data_goes_six_years_after_termination(db, seed, clock) -> None:
    seeded = seed(terminated_at=clock())
    enquiry = open_enquiry(
        db,
        name="Test Person",
        email="x@example.test",
        subject="Invoice",
        body="Hi",
        contract_id=seeded.contract.id,
        clock=clock,
    )
    db.commit()
    clock.now = seeded.contract.terminated_at.replace(year=2032) - DAY
    retention.purge_accounts(db, clock=clock)
    assert retention.purge_contracts(db, clock=clock) == 0
    clock.now += 2 * DAY
    assert retention.purge_contracts(db, clock=clock) == 1
    assert count(db, Customer) == count(db, CustomerContact) == count(db, Contract) == 0
    assert db.get(Enquiry, enquiry.id).contract_id is None


def _thread(db, clock, contract_id):
    enquiry = open_enquiry(
        db,
        name="Test Person",
        email="c@example.test",
        subject="Help",
        body="Question",
        contract_id=contract_id,
        clock=clock,
    )
    db.commit()
    return enquiry


def test_correspondence_counts_from_the_later_event_contract_ends_last(db, seed, clock):
    seeded = seed()
    _thread(db, clock, seeded.contract.id)  # message 2026-01-15
    seeded.contract.terminated_at = dt.datetime(2028, 1, 15, 9)  # contract ends later
    db.commit()
    clock.now = dt.datetime(2032, 6, 1)  # 6 years after the message, not after the contract
    assert retention.purge_correspondence(db, clock=clock) == 0
    clock.now = dt.datetime(2034, 1, 14, 9)
    assert retention.purge_correspondence(db, clock=clock) == 0
    clock.now = dt.datetime(2034, 1, 16, 9)
    assert retention.purge_correspondence(db, clock=clock) == 1
    assert count(db, Message) == count(db, Enquiry) == 0


def test_correspondence_counts_from_the_later_event_message_last(db, seed, clock):
    seeded = seed(terminated_at=dt.datetime(2025, 1, 1))  # contract ended first
    _thread(db, clock, seeded.contract.id)
    clock.now = dt.datetime(2032, 1, 14, 9)
    assert retention.purge_correspondence(db, clock=clock) == 0
    clock.now = dt.datetime(2032, 1, 16, 9)
    assert retention.purge_correspondence(db, clock=clock) == 1


def test_correspondence_of_a_live_contract_is_kept(db, seed, clock) -> None:
    seeded = seed()
    _thread(db, clock, seeded.contract.id)
    clock.now = dt.datetime(2040, 1, 1)
    assert retention.purge_correspondence(db, clock=clock) == 0


def test_marketing_purge_keeps_only_the_suppression_entry(db, clock) -> None:
    subscribe(db, "leaving@example.test", clock=clock)
    subscribe(db, "staying@example.test", clock=clock)
    opt_out(db, "leaving@example.test", clock=clock)
    db.commit()
    assert retention.purge_opted_out(db, clock=clock) == 1
    assert [s.email for s in db.scalars(select(Subscription))] == ["staying@example.test"]
    (entry,) = db.scalars(select(SuppressionEntry))
    assert entry.email_sha256 == email_digest("leaving@example.test")
    assert entry.preference == "no_marketing"


def test_processor_data_goes_30_days_after_service_end(db, seed, clock) -> None:
    seeded = seed()
    tenant = Tenant(customer_id=seeded.customer.id, display_name="Tenant")
    db.add(tenant)
    db.flush()
    db.add(EndCustomer(tenant_id=tenant.id, full_name="End Customer", created_at=clock()))
    post_chat_message(
        db, tenant_id=tenant.id, body="hi", ip_address="192.0.2.7", chat_cookie=None, clock=clock
    )
    tenant.service_ended_at = clock()
    db.commit()
    clock.advance(days=29)
    assert retention.purge_ended_tenants(db, clock=clock) == 0
    clock.advance(days=2)
    assert retention.purge_ended_tenants(db, clock=clock) == 2
    assert count(db, EndCustomer) == count(db, ChatSession) == 0


def test_run_all_reports_each_job(db, clock) -> None:
    counts = retention.run_all(db, clock=clock)
    assert set(counts) == {job.__name__ for job in retention.JOBS}
    assert all(v == 0 for v in counts.values())
