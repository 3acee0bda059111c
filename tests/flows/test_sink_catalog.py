"""The sink catalogue loads from rules/sinks and answers the flow checks' lookups."""

from __future__ import annotations

from pathlib import Path

import pytest

from privlint.catalog import pack_files, rules_root
from privlint.catalog.sinks import SinkCatalogError, host_matches, load_sinks

CATALOG = load_sinks(pack_files([rules_root()], "sinks"))


def test_every_issue_sink_family_is_present() -> None:
    kinds = {s.kind for s in CATALOG.sinks}
    assert kinds == {"log", "stdout", "exception", "http", "mail", "cookie"}
    categories = {v.category for v in CATALOG.vendors}
    for wanted in (
        "analytics",
        "advertising",
        "error_tracking",
        "crm",
        "email",
        "payments",
        "cloud_storage",
        "llm",
    ):
        assert wanted in categories


@pytest.mark.parametrize(
    ("callee", "receiver", "kind"),
    [
        ("logging.info", None, "log"),
        ("logging.getLogger().warning", "logger", "log"),
        ("logging.getLogger().exception", "log", "log"),
        ("structlog.get_logger().info", "log", "log"),
        ("loguru.logger.info", "logger", "log"),
        ("print", None, "stdout"),
        ("sys.stdout.write", "sys.stdout", "stdout"),
        ("requests.post", "requests", "http"),
        ("httpx.AsyncClient().post", "client", "http"),
        ("aiohttp.ClientSession().get", "session", "http"),
        ("urllib.request.urlopen", None, "http"),
        ("django.core.mail.send_mail", None, "mail"),
        ("django.core.mail.send_mass_mail", None, "mail"),
        ("smtplib.SMTP().sendmail", "smtp", "mail"),
        ("flask_mail.Message", None, "mail"),
        ("response.set_cookie", "response", "cookie"),
        ("self.logger.info", "self.logger", "log"),
    ],
)
def test_match(callee: str, receiver: str | None, kind: str) -> None:
    spec = CATALOG.match(callee, receiver)
    assert spec is not None and spec.kind == kind


def test_no_match_for_ordinary_calls() -> None:
    assert CATALOG.match("json.dumps") is None
    assert CATALOG.match("customer.save", "customer") is None
    assert CATALOG.match("ValueError", raised=True).kind == "exception"


def test_payload_excludes_flags_and_headers() -> None:
    log = CATALOG.match("logging.info")
    assert log.carries(0, None) and not log.carries(None, "exc_info")
    http = CATALOG.match("requests.post")
    assert http.carries(None, "json") and not http.carries(None, "headers")


def test_vendor_lookups() -> None:
    assert CATALOG.vendor_for_module("stripe.Customer.create").id == "stripe"
    assert CATALOG.vendor_for_module("google.cloud.storage").id == "google_cloud"
    assert CATALOG.vendor_for_module("sentry_sdk").id == "sentry"
    assert CATALOG.vendor_for_module("stripey") is None
    assert CATALOG.vendor_for_host("api.stripe.com").id == "stripe"
    assert CATALOG.vendor_for_host("o1.ingest.sentry.io").id == "sentry"
    assert CATALOG.vendor_for_host("example.org") is None


def test_geography() -> None:
    assert CATALOG.country_for_region("eu-west-1") == "IE"
    assert CATALOG.country_for_region("us-east-1") == "US"
    assert CATALOG.country_for_host("s3.eu-central-1.amazonaws.com") == "DE"
    assert CATALOG.country_for_host("o1.ingest.eu.sentry.io") == "DE"
    assert "region_name" in CATALOG.region_keywords
    assert "DE" in CATALOG.eea


def test_host_wildcards() -> None:
    assert host_matches("*.example.com", "api.example.com")
    assert host_matches("*.example.com", "example.com")
    assert not host_matches("*.example.com", "badexample.com")
    assert host_matches("email.*.amazonaws.com", "email.eu-west-1.amazonaws.com")


def test_request_parts() -> None:
    assert CATALOG.request.parts["remote_addr"] == "online.ip_address"
    assert CATALOG.request.element_for_key("HTTP_USER_AGENT") == "online.user_agent"
    assert CATALOG.request.element_for_key("user-agent") == "online.user_agent"
    assert "POST" in CATALOG.request.keyed_parts


def test_later_pack_overrides_and_errors(tmp_path: Path) -> None:
    extra = tmp_path / "extra.toml"
    extra.write_text(
        '[[vendors]]\nid = "stripe"\nname = "Stripe EU"\ncategory = "payments"\n'
        'packages = ["stripe"]\ncountry = "IE"\n'
    )
    merged = load_sinks([*pack_files([rules_root()], "sinks"), extra])
    assert merged.vendor_for_module("stripe").country == "IE"
    bad = tmp_path / "bad.toml"
    bad.write_text('[[sinks]]\nid = "x"\nkind = "carrier-pigeon"\n')
    with pytest.raises(SinkCatalogError, match="carrier-pigeon"):
        load_sinks([bad])
