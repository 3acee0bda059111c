"""The flow extractor: callee resolution, taint through expressions, request data, summaries."""

from __future__ import annotations

from privlint.facts import CallFact

from .conftest import calls_to, facts


def texts(call: CallFact) -> set[str]:
    return {s.text for a in call.args for s in a.sources if s.kind != "key"}


def names(call: CallFact) -> set[str]:
    return {s.name for a in call.args for s in a.sources}


def test_logger_receivers_resolve_through_imports_and_aliases() -> None:
    file = facts(
        """
        import logging as lg
        import structlog
        from loguru import logger as L

        log = lg.getLogger(__name__)
        slog = structlog.get_logger()

        def f(customer):
            log.info("x %s", customer.email)
            slog.warning("y", who=customer.name)
            L.error(customer.phone)
            lg.getLogger("a").debug(customer.email)
        """
    )
    callees = [c.callee for c in file.calls]
    assert "logging.getLogger().info" in callees
    assert "structlog.get_logger().warning" in callees
    assert "loguru.logger.error" in callees
    assert "logging.getLogger().debug" in callees
    (slog,) = calls_to(file, "structlog.get_logger().warning")
    assert texts(slog) == {"customer.name"}


def test_taint_through_assignments_fstrings_format_percent_and_containers() -> None:
    file = facts(
        """
        def f(customer, order):
            e = customer.email
            a = f"mail {e}"
            b = "to {}".format(customer.phone)
            c = "n=%s" % (customer.name,)
            d = {"who": [a, b], "n": 1}
            g = "x" + c
            print(d, g)
            print(order.total)
        """
    )
    first, second = calls_to(file, "print")
    assert texts(first) == {"customer.email", "customer.phone", "customer.name"}
    assert texts(second) == {"order.total"}


def test_reassignment_replaces_taint_but_branches_accumulate() -> None:
    file = facts(
        """
        def f(customer, flag):
            msg = customer.email
            msg = "done"
            print(msg)
            other = "x"
            if flag:
                other = customer.phone
            print(other)
        """
    )
    first, second = calls_to(file, "print")
    assert texts(first) == set()
    assert texts(second) == {"customer.phone"}


def test_sanitisers_stop_taint_and_opaque_results_keep_their_name() -> None:
    file = facts(
        """
        import hashlib

        def f(customer):
            h = hashlib.sha256(customer.email.encode()).hexdigest()
            email = lookup(customer)
            print(h, len(customer.phone))
            print(email)
        """
    )
    first, second = calls_to(file, "print")
    assert texts(first) == set()
    assert names(second) == {"email"}


def test_dict_keys_name_opaque_values_and_subscript_assignment() -> None:
    file = facts(
        """
        import requests

        def f(addr, row):
            payload = {}
            payload["email"] = row[3]
            requests.post("https://x.io", json=payload, data={"phone": compute()})
        """
    )
    (call,) = calls_to(file, "requests.post")
    assert {"email", "phone"} <= names(call)


def test_request_objects_of_django_flask_and_starlette() -> None:
    file = facts(
        """
        from flask import request as flask_request

        def django_view(request):
            print(request.META["REMOTE_ADDR"], request.POST.get("email"), request.COOKIES)

        def flask_view():
            print(flask_request.remote_addr, flask_request.form["phone"], flask_request.get_json())

        async def starlette(req):
            body = await req.json()
            print(req.client.host, req.headers.get("User-Agent"), body["name"])
        """
    )
    django, flask, starlette = calls_to(file, "print")
    parts = {(s.request_part, s.name) for a in django.args for s in a.sources}
    assert parts == {("META", "REMOTE_ADDR"), ("POST", "email"), ("COOKIES", "")}
    parts = {(s.request_part, s.name) for a in flask.args for s in a.sources}
    assert parts == {("remote_addr", ""), ("form", "phone"), ("get_json", "")}
    parts = {(s.request_part, s.name) for a in starlette.args for s in a.sources}
    assert parts == {("client.host", ""), ("headers", "User-Agent"), ("json", "name")}


def test_request_user_is_an_attribute_not_request_data() -> None:
    file = facts(
        """
        def view(request):
            print(request.user.email)
        """
    )
    (call,) = calls_to(file, "print")
    (source,) = call.args[0].sources
    assert source.kind == "attribute" and source.name == "email" and source.owner == "user"


def test_http_clients_urls_and_receiver_args() -> None:
    file = facts(
        """
        import httpx, requests, smtplib, boto3
        BASE = "http://crm.example.com"

        class Sync:
            def __init__(self):
                self.http = requests.Session()

            def push(self, c):
                self.http.post(f"{BASE}/contacts/{c.id}", json={"email": c.email})

        def g(c):
            with httpx.Client(base_url="https://api.example.com") as client:
                client.post("/v1/people", data={"n": c.name})
            with smtplib.SMTP("smtp.mailer.example", 587) as smtp:
                smtp.sendmail("a@example.invalid", [c.email], "hi")
            boto3.client("s3", region_name="us-east-1").put_object(Body=c.email)
        """
    )
    (push,) = calls_to(file, "requests.Session().post")
    assert push.args[0].literal_prefix == "http://crm.example.com/contacts/"
    assert "c.id" in {s.text for s in push.args[0].sources}
    (post,) = calls_to(file, "httpx.Client().post")
    assert post.receiver_args[0].keyword == "base_url"
    (send,) = calls_to(file, "smtplib.SMTP().sendmail")
    assert send.receiver_args[0].literal == "smtp.mailer.example"
    (put,) = calls_to(file, "boto3.client().put_object")
    assert any(a.keyword == "region_name" and a.literal == "us-east-1" for a in put.receiver_args)


def test_constants_fold_for_cookie_max_age() -> None:
    file = facts(
        """
        from datetime import timedelta
        YEAR = 60 * 60 * 24 * 365

        def v(response):
            response.set_cookie("a", "1", max_age=YEAR * 2)
            response.set_cookie("b", "1", max_age=timedelta(days=30))
        """
    )
    a, b = calls_to(file, "response.set_cookie")
    assert a.args[-1].literal == str(2 * 365 * 86400)
    assert b.args[-1].literal == str(30 * 86400)


def test_raise_loops_filters_and_function_summaries() -> None:
    file = facts(
        """
        from django.core.mail import send_mail
        from .models import Subscription
        from marketing.suppression import is_suppressed

        def blast(subject):
            for sub in Subscription.objects.exclude(opted_out_at__isnull=False):
                if is_suppressed(sub.email):
                    continue
                send_mail(subject, "b", "x@example.invalid", [sub.email])
            raise RuntimeError(f"sent to {sub.email}")

        def purge(cutoff):
            Subscription.objects.filter(account__closed_at__lt=cutoff).delete()
        """,
        module="shop.jobs",
    )
    (send,) = calls_to(file, "django.core.mail.send_mail")
    assert send.in_loop and send.function == "shop.jobs.blast"
    (err,) = [c for c in file.calls if c.raised]
    assert err.callee == "RuntimeError"
    blast, purge = file.functions
    assert "marketing.suppression.is_suppressed" in blast.calls
    assert "opted_out_at" in blast.filters
    assert "shop.models.Subscription" in blast.references
    assert "account.closed_at" in purge.filters
    assert purge.parameters == ("cutoff",)
    modules = {i.module for i in file.imports}
    assert {"django.core.mail", "shop.models", "marketing.suppression"} <= modules


def test_sqlalchemy_where_and_attribute_conditions_are_filters() -> None:
    file = facts(
        """
        from sqlalchemy import select
        from app.models import Subscriber

        def recipients(session):
            return session.scalars(select(Subscriber).where(Subscriber.opted_out_at.is_(None)))

        def send_one(sub):
            if sub.marketing_opt_in and not sub.bounced:
                return True
        """
    )
    recipients, send_one = file.functions
    assert "app.models.Subscriber.opted_out_at" in recipients.filters
    assert {"sub.marketing_opt_in", "sub.bounced"} <= set(send_one.filters)


def test_comprehensions_and_syntax_variety_do_not_crash() -> None:
    file = facts(
        """
        import logging
        logger = logging.getLogger()

        async def f(users, *args, **kw):
            emails = [u.email for u in users if u.active]
            match kw:
                case {"x": x}:
                    logger.info("%s", x)
            try:
                pass
            except Exception as exc:
                logger.exception("failed %s", exc)
            lam = lambda u: u.email
            logger.info("all %s", emails)
        """
    )
    last = calls_to(file, "logging.getLogger().info")[-1]
    assert "u.email" in texts(last)
    exc = calls_to(file, "logging.getLogger().exception")[0]
    assert texts(exc) == set()


def test_a_calls_result_stored_in_an_attribute_names_it() -> None:
    file = facts(
        """
        from werkzeug.security import generate_password_hash

        class User:
            def set_password(self, raw):
                self._password = generate_password_hash(raw)

        def register(user, raw):
            user.password = generate_password_hash(raw)
            digest = generate_password_hash(raw)
            print(digest)
        """
    )
    stored = [c.stored_in for c in calls_to(file, "werkzeug.security.generate_password_hash")]
    assert stored == ["User._password", "user.password", None]
    assert [c.stored_in for c in calls_to(file, "print")] == [None]
