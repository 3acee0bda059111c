"""Billing: usage totals go to the New Zealand provider over https, with no personal data."""

from __future__ import annotations

import datetime as dt
import json
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from contact_centre.billing.client import BillingClient, UsageTotals, collect_usage_totals
from contact_centre.usage.tracking import record_page_view


@dataclass
class FakeResponse:
    status: int
    payload: bytes

    def read(self) -> bytes:
        return self.payload


class FakeOpener:
    def __init__(self, status: int = 201) -> None:
        self.requests: list[urllib.request.Request] = []
        self.status = status

    def __call__(self, request: urllib.request.Request, timeout: float) -> FakeResponse:
        self.requests.append(request)
        return FakeResponse(self.status, b'{"report_id": "r-42"}')


def test_usage_totals_are_sent_to_the_declared_host(db, seed, clock) -> None:
    seeded = seed(email="billing@example.test")
    seeded.account.last_login_at = clock()
    for path in ("/", "/pricing"):
        record_page_view(
            db, ip_address="192.0.2.10", path=path, account=seeded.account, clock=clock
        )
    record_page_view(db, ip_address="192.0.2.11", path="/", clock=clock)  # anonymous
    db.commit()

    totals = collect_usage_totals(db, year=clock.now.year, month=clock.now.month)
    assert totals == [UsageTotals(seeded.contract.reference, "2026-01", 1, 2)]

    opener = FakeOpener()
    report = BillingClient("test-key", opener=opener).submit(totals)

    assert report == "r-42"
    (request,) = opener.requests
    url = urlsplit(request.full_url)
    assert (url.scheme, url.hostname) == ("https", "api.ferncount.co.nz")
    body = request.data.decode()
    assert json.loads(body)["lines"][0]["page_views"] == 2
    assert "@" not in body and "192.0.2" not in body


def test_plain_http_endpoint_is_refused() -> None:
    with pytest.raises(ValueError, match="https"):
        BillingClient("k", endpoint="http://api.ferncount.co.nz/v2/usage-reports")


def test_provider_error_is_raised() -> None:
    client = BillingClient("k", opener=FakeOpener(status=503))
    with pytest.raises(RuntimeError, match="503"):
        client.submit([UsageTotals("QC-1", "2026-01", 0, 0)])


def test_month_boundaries(db, seed, clock) -> None:
    seeded = seed()
    record_page_view(
        db,
        ip_address="192.0.2.1",
        path="/",
        account=seeded.account,
        clock=lambda: dt.datetime(2025, 12, 31, 23, 59),
    )
    db.commit()
    assert collect_usage_totals(db, year=2025, month=12)[0].page_views == 1
    assert collect_usage_totals(db, year=2026, month=1)[0].page_views == 0
