"""Each flow rule fires on its defect, explains itself, and stays quiet on the controls."""

from __future__ import annotations

from privlint.checks.flows.logs import check_logs
from privlint.checks.flows.recipients import check_recipients
from privlint.checks.flows.transfers import check_transfers
from privlint.checks.flows.vendor_sdks import check_vendor_imports
from privlint.checks.marketing.cookies import check_cookies, expiry_seconds
from privlint.checks.marketing.opt_out import check_marketing
from privlint.checks.retention import check_events, check_purges
from privlint.checks.security import check_cookie_flags, check_plain_http
from privlint.facts import FileFacts
from privlint.manifest.model import Category, Duration, Event, Marketing, Purpose, Retention

from .conftest import codes, context, facts, field, manifest

# ---- PRV201 ----------------------------------------------------------------------------


def test_prv201_logs_stdout_and_exceptions() -> None:
    file = facts(
        """
        import logging
        logger = logging.getLogger(__name__)

        def signup(request, customer):
            logger.info("new customer %s", customer.email)
            print(f"ip {request.META['REMOTE_ADDR']}")
            raise ValueError("bad phone %s" % customer.phone)
        """
    )
    found = list(check_logs(context(file)))
    assert codes(found) == [("PRV201", 6), ("PRV201", 7), ("PRV201", 8)]
    first = found[0]
    assert first.element == "contact.email"
    assert "'customer.email'" in first.message and "logger.info" in first.message
    labels = [label for label, _ in first.explanation.steps]
    assert labels == ["source", "sink", "allowed"]
    assert "matched word 'email'" in first.explanation.summary()
    assert found[1].element == "online.ip_address"


def test_prv201_controls_identifiers_and_plain_messages() -> None:
    file = facts(
        """
        import logging
        log = logging.getLogger(__name__)

        def done(order, customer):
            log.info("order %s shipped", order.number)
            log.info("customer %s", customer.user_id)
            log.info("hashed %s", hash_email(customer.email))
        """
    )
    assert list(check_logs(context(file))) == []


def test_prv201_log_allow_is_configurable() -> None:
    file = facts(
        """
        import logging
        def f(customer):
            logging.info("%s %s", customer.user_id, customer.email)
        """
    )
    assert codes(check_logs(context(file, log_allow=[]))) == [("PRV201", 4), ("PRV201", 4)]
    assert codes(check_logs(context(file, log_allow=["contact", "identity"]))) == []


# ---- PRV202 / PRV203 / PRV204 ------------------------------------------------------------


def test_prv202_undeclared_host_and_uncovered_category() -> None:
    file = facts(
        """
        import requests

        def sync(customer):
            requests.post("https://hooks.partner.example/x", json={"mail": customer.email})
            requests.post("https://api.sendgrid.com/v3/mail", json={"dob": customer.date_of_birth})
        """
    )
    found = list(check_recipients(context(file)))
    assert codes(found) == [("PRV202", 5), ("PRV202", 6)]
    assert "host hooks.partner.example" in found[0].message
    assert "recipient 'mailer'" in found[1].message
    assert "demographic.date_of_birth" in found[1].message


def test_prv202_controls_declared_processor_and_no_personal_data() -> None:
    file = facts(
        """
        import requests
        import sendgrid

        def notify(customer):
            requests.post("https://api.sendgrid.com/v3/mail", json={"to": customer.email})
            requests.get("https://status.other.example/health", params={"v": 2})
            sendgrid.SendGridAPIClient("k").send(customer.email)
            requests.post("http://localhost:8080/x", json={"e": customer.email})
        """
    )
    assert list(check_recipients(context(file))) == []


def test_prv202_vendor_sdk_without_recipient() -> None:
    file = facts(
        """
        import stripe

        def charge(customer):
            stripe.Customer.create(email=customer.email, name=customer.name)
        """
    )
    found = list(check_recipients(context(file)))
    assert codes(found) == [("PRV202", 5)]
    assert "Stripe SDK (stripe)" in found[0].message


def test_prv203_region_and_recipient_transfers() -> None:
    file = facts(
        """
        import boto3
        import requests

        s3 = boto3.client("s3", region_name="us-east-1")

        def store(customer):
            s3.put_object(Bucket="b", Key="k", Body=customer.email)
            requests.post("https://api.sendgrid.com/v3/mail", json={"to": customer.email})
        """
    )
    man = manifest()
    found = list(check_transfers(context(file, man=man)))
    assert [f.span.line for f in found] == [5]  # where the region is chosen
    assert "US" in found[0].message and "no transfer mechanism" in found[0].message
    assert "region 'us-east-1'" in found[0].explanation.summary()


def test_prv203_invalid_mechanism_and_eu_region_control() -> None:
    from dataclasses import replace

    man = manifest()
    mailer = replace(man.recipients["mailer"], transfers={"US": "privacy_shield"})
    man = replace(man, recipients={"mailer": mailer})
    file = facts(
        """
        import requests, boto3

        def f(customer):
            requests.post("https://api.sendgrid.com/v3/mail", json={"to": customer.email})
            boto3.client("s3", region_name="eu-west-2").put_object(Body=customer.email)
            boto3.client("s3", region_name="eu-west-1").put_object(Body=customer.email)
        """
    )
    found = list(check_transfers(context(file, man=man)))
    assert codes(found) == [("PRV203", 5)]
    assert "invalid mechanism" in found[0].message


def test_prv204_vendor_import() -> None:
    file = facts(
        """
        import sentry_sdk
        from sendgrid import SendGridAPIClient
        from google.cloud import storage
        import requests
        """
    )
    found = list(check_vendor_imports(context(file)))
    assert codes(found) == [("PRV204", 2), ("PRV204", 4)]
    assert "Sentry" in found[0].message


# ---- PRV301 ----------------------------------------------------------------------------

MARKETING_CODE = """
from django.core.mail import send_mail, EmailMessage
from app.models import Subscription

def is_suppressed(email):
    return False

def newsletter(subject, body):
    for sub in Subscription.objects.all():
        send_mail(subject, body, "news@example.invalid", [sub.email])

def guarded_newsletter(subject, body):
    for sub in Subscription.objects.all():
        if is_suppressed(sub.email):
            continue
        send_mail(subject, body, "news@example.invalid", [sub.email])

def promo(customer):
    EmailMessage("Sale", "b", to=[customer.email], headers={"List-Unsubscribe": "<x>"}).send()

def receipt(order):
    send_mail("Your receipt", "thanks", "shop@example.invalid", [order.customer.email])

def filtered(subject):
    for sub in Subscription.objects.filter(opted_out_at__isnull=True):
        send_mail(subject, "b", "news@example.invalid", [sub.email])
"""


def _marketing_manifest(guard: tuple[str, ...], senders: tuple[str, ...] = ()):
    from dataclasses import replace

    man = manifest()
    news = replace(
        man.purposes["newsletter"],
        marketing=Marketing(guard=guard, senders=senders, markers=("List-Unsubscribe",)),
    )
    return replace(man, purposes={**man.purposes, "newsletter": news})


def test_prv301_bulk_and_marker_sends_without_guard() -> None:
    file = facts(MARKETING_CODE)
    man = _marketing_manifest(("app.is_suppressed", "field:app.models.Subscription.opted_out_at"))
    found = list(check_marketing(context(file, man=man)))
    assert codes(found) == [("PRV301", 10), ("PRV301", 19)]
    assert "app.newsletter" in found[0].message
    assert "opt-out model" in found[0].explanation.summary()


def test_prv301_declared_sender_and_its_callers() -> None:
    file = facts(
        """
        from app.mailer import send_campaign

        def weekly():
            send_campaign("hi")

        def checked(sub):
            if sub.opted_out_at is None:
                send_campaign("hi")
        """,
        module="app.jobs",
    )
    man = _marketing_manifest(
        ("field:app.models.Subscription.opted_out_at",), ("app.mailer.send_campaign",)
    )
    assert codes(check_marketing(context(file, man=man))) == [("PRV301", 5)]


def test_prv301_guard_reached_through_a_helper() -> None:
    file = facts(
        """
        from django.core.mail import send_mass_mail
        from app.models import Subscription

        def audience():
            return Subscription.objects.exclude(opted_out_at__isnull=False)

        def blast():
            send_mass_mail([("s", "b", "f@example.invalid", [s.email]) for s in audience()])
            Subscription.objects.count()
        """
    )
    man = _marketing_manifest(("field:app.models.Subscription.opted_out_at",))
    assert list(check_marketing(context(file, man=man))) == []


# ---- PRV302 / PRV502 -------------------------------------------------------------------

COOKIE_CODE = """
def login(request, response):
    response.set_cookie("sessionid", "s")
    response.set_cookie("sessionid", "s", secure=True, httponly=True)
    response.set_cookie("remember_token", "t", secure=True)
    response.set_cookie("theme", "dark")
    response.set_cookie("_ga", "GA1", max_age=60 * 60 * 24 * 800)

def tracked(request, response):
    if request.COOKIES.get("cookie_consent") == "yes" and has_consent(request):
        response.set_cookie("_ga", "GA1", max_age=3600)
"""


def test_prv302_undeclared_unconsented_and_too_long() -> None:
    file = facts(COOKIE_CODE)
    found = list(check_cookies(context(file)))
    assert codes(found) == [("PRV302", 5), ("PRV302", 6), ("PRV302", 7), ("PRV302", 7)]
    messages = " | ".join(f.message for f in found)
    assert "'theme'" in messages and "no consent check" in messages and "Max-Age" in messages


def test_prv502_session_cookie_flags() -> None:
    file = facts(COOKIE_CODE)
    found = list(check_cookie_flags(context(file)))
    assert codes(found) == [("PRV502", 3), ("PRV502", 5)]
    assert "Secure and HttpOnly" in found[0].message
    assert "without HttpOnly" in found[1].message


def test_expiry_seconds() -> None:
    assert expiry_seconds("P1D") == 86400
    assert expiry_seconds("PT1H") == 3600
    assert expiry_seconds("session") is None
    assert round(expiry_seconds("P13M") / 86400) == 396


# ---- PRV501 ----------------------------------------------------------------------------


def test_prv501_plain_http() -> None:
    file = facts(
        """
        import requests, httpx
        API = "http://crm.partner.example"

        def push(customer):
            requests.post(f"{API}/contacts", json={"e": customer.email})
            requests.get(f"http://geo.example.net/lookup/{customer.phone}")
            requests.post("https://crm.partner.example/contacts", json={"e": customer.email})
            requests.get("http://status.example.net/ping")
            httpx.post("http://localhost:9000/x", json={"e": customer.email})
        """
    )
    found = list(check_plain_http(context(file)))
    assert codes(found) == [("PRV501", 6), ("PRV501", 7)]
    assert "crm.partner.example" in found[0].message


# ---- PRV401 / PRV402 -------------------------------------------------------------------


def _with_fields(file: FileFacts, *symbols: str) -> FileFacts:
    from dataclasses import replace

    return replace(file, fields=tuple(field(s) for s in symbols))


def test_prv401_event_field_must_exist() -> None:
    code = _with_fields(facts("x = 1"), "app.Account.closed_at", "app.Account.email")
    assert list(check_events(context(code))) == []
    man = manifest(
        events={"account.closed": Event(id="account.closed", field="app.Account.closd_at")}
    )
    found = list(check_events(context(code, man=man)))
    assert codes(found) == [("PRV401", 1)]
    assert "class app.Account exists but has no field 'closd_at'" in found[0].message
    assert list(check_events(context(man=man))) == []  # no code: nothing to compare


def test_prv402_retention_needs_a_purge_filter() -> None:
    man = manifest(
        categories={
            "account": Category(
                id="account",
                elements=("contact.email",),
                retention=Retention(period=Duration("P6M", months=6), after="account.closed"),
            )
        },
        purposes={"service": Purpose(id="service", categories=("account",), basis="contract")},
    )
    no_purge = facts(
        """
        def report():
            return Account.objects.filter(active=True).count()
        """
    )
    found = list(check_purges(context(no_purge, man=man)))
    assert codes(found) == [("PRV402", 1)]
    assert found[0].path == "privacy.toml" and found[0].category == "account"
    purge = facts(
        """
        def purge(cutoff):
            Account.objects.filter(closed_at__lt=cutoff).delete()
        """
    )
    assert list(check_purges(context(no_purge, purge, man=man))) == []
