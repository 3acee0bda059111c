"""Reporting usage totals to the billing provider (a processor in New Zealand).

New Zealand has an adequacy decision (EU, and UK by the UK's adequacy regulations), which is
the transfer mechanism declared for ``billing_provider`` in privacy.toml. Only aggregated
totals per contract are sent: no names, e-mail addresses or IP addresses.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import urllib.request
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Protocol
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contact_centre.accounts.models import Account
from contact_centre.contracts.models import Contract
from contact_centre.usage.models import PageView

log = logging.getLogger(__name__)

BILLING_ENDPOINT = "https://api.ferncount.co.nz/v2/usage-reports"


class Response(Protocol):
    status: int

    def read(self) -> bytes: ...


Opener = Callable[[urllib.request.Request, float], Response]


@dataclass(frozen=True)
class UsageTotals:
    """What one contract used in one billing period."""

    contract_reference: str
    period: str  # "YYYY-MM"
    active_accounts: int
    page_views: int


def _default_opener(request: urllib.request.Request, timeout: float) -> Response:
    return urllib.request.urlopen(request, timeout=timeout)  # https enforced by BillingClient


def collect_usage_totals(session: Session, *, year: int, month: int) -> list[UsageTotals]:
    """Totals per live contract for a calendar month."""
    start = dt.datetime(year, month, 1)
    end = dt.datetime(year + (month == 12), month % 12 + 1, 1)
    totals = []
    for contract in session.scalars(select(Contract).order_by(Contract.reference)):
        account_ids = select(Account.id).where(Account.customer_id == contract.customer_id)
        views = session.scalar(
            select(func.count(PageView.id)).where(
                PageView.account_id.in_(account_ids),
                PageView.viewed_at >= start,
                PageView.viewed_at < end,
            )
        )
        active = session.scalar(
            select(func.count(Account.id)).where(
                Account.customer_id == contract.customer_id,
                Account.last_login_at >= start,
                Account.last_login_at < end,
            )
        )
        totals.append(
            UsageTotals(contract.reference, f"{year:04d}-{month:02d}", active or 0, views or 0)
        )
    return totals


class BillingClient:
    """Posts usage reports; the opener is injectable so tests never touch the network."""

    def __init__(
        self,
        api_key: str,
        *,
        endpoint: str = BILLING_ENDPOINT,
        opener: Opener = _default_opener,
        timeout: float = 30.0,
    ) -> None:
        if urlsplit(endpoint).scheme != "https":
            raise ValueError("the billing endpoint must use https")
        self._api_key = api_key
        self._endpoint = endpoint
        self._opener = opener
        self._timeout = timeout

    def submit(self, totals: list[UsageTotals]) -> str:
        """Send one report; returns the provider's report id."""
        payload = json.dumps({"lines": [asdict(t) for t in totals]}).encode()
        request = urllib.request.Request(
            self._endpoint,
            data=payload,
            method="POST",
            headers={
                "Authorization": f"Bearer {self._api_key}",
                "Content-Type": "application/json",
            },
        )
        response = self._opener(request, self._timeout)
        if response.status >= 300:
            raise RuntimeError(f"billing provider answered {response.status}")
        report_id = str(json.loads(response.read())["report_id"])
        log.info("usage report %s accepted with %d lines", report_id, len(totals))
        return report_id
