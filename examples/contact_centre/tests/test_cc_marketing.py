"""Marketing: campaigns honour every opt-out; service notices are not marketing."""

from __future__ import annotations

from contact_centre.marketing.campaigns import send_campaign
from contact_centre.marketing.models import Subscription
from contact_centre.marketing.service_notices import send_service_notice
from contact_centre.marketing.subscriptions import subscribe
from contact_centre.marketing.suppression import email_digest, is_suppressed, opt_out

KEY = b"test-link-key"


def test_campaign_skips_every_kind_of_opt_out(db, seed, mailer, outbox, clock) -> None:
    seed(email="keen@example.test")
    seed(email="flagged@example.test", marketing_opt_out=True)
    subscribe(db, "reader@example.test", clock=clock)
    gone = subscribe(db, "gone@example.test", clock=clock)
    gone.opted_out_at = clock()
    subscribe(db, "Suppressed@Example.test", clock=clock)
    opt_out(db, "suppressed@example.test", clock=clock)
    db.commit()

    result = send_campaign(db, mailer, subject="News", body="Hello", link_key=KEY)

    assert sorted(outbox.recipients()) == ["keen@example.test", "reader@example.test"]
    assert result.sent == 2
    for message in outbox.messages:
        assert "List-Unsubscribe" in message
        assert email_digest(str(message["To"])) in message["List-Unsubscribe"]


def test_a_suppressed_address_that_resubscribes_is_still_skipped(db, mailer, outbox, clock):
    opt_out(db, "back@example.test", clock=clock)
    subscribe(db, "back@example.test", clock=clock)
    db.commit()
    result = send_campaign(db, mailer, subject="News", body="Hello", link_key=KEY)
    assert outbox.messages == []
    assert result.skipped == 1


def test_opt_out_marks_subscription_and_contact(db, seed, clock) -> None:
    seeded = seed(email="both@example.test")
    subscription = subscribe(db, "BOTH@example.test", clock=clock)
    opt_out(db, "both@example.test", clock=clock)
    assert subscription.opted_out_at == clock.now
    assert subscription.marketing_opt_out
    assert seeded.contact.marketing_opt_out
    assert is_suppressed(db, " Both@Example.Test ")
    assert db.query(Subscription).count() == 1  # deleted later by the purge job


def test_service_notice_reaches_suppressed_account_holders(db, seed, mailer, outbox, clock):
    seed(email="holder@example.test")
    opt_out(db, "holder@example.test", clock=clock)
    db.commit()
    assert send_service_notice(db, mailer, subject="Maintenance", body="Sunday 02:00") == 1
    assert outbox.recipients() == ["holder@example.test"]
    assert "List-Unsubscribe" not in outbox.messages[0]
