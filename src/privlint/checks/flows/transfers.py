"""PRV203: personal data going to a country that needs a transfer mechanism, with none or an
invalid one declared for the recipient.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from typing import Any

from privlint.catalog.sinks import SinkCatalog
from privlint.checks.base import Check, CheckContext, Rule
from privlint.checks.flows.calls import call_text, finding, outbound_calls
from privlint.checks.flows.claims import recipient_for
from privlint.checks.flows.personal import describe
from privlint.facts import CallFact
from privlint.findings import Explanation, Finding, Severity

RULE = Rule(
    "PRV203",
    "cross-border-flow-without-mechanism",
    "Personal data goes to a country with no valid transfer mechanism.",
    Severity.ERROR,
    "flows",
)


def _region(call: CallFact, catalog: SinkCatalog) -> tuple[str, str, bool] | None:
    """``(region, country, written_here)``: a region keyword in the call or its factory."""
    for own, args in ((True, call.args), (False, call.receiver_args)):
        for a in args:
            if a.keyword in catalog.region_keywords and a.literal:
                country = catalog.country_for_region(a.literal)
                if country:
                    return a.literal, country, own
    return None


def _needs_mechanism(ctx: CheckContext, country: str) -> bool:
    """A transfer not already covered by a general adequacy decision needs a mechanism."""
    establishment = ctx.manifest.organisation.establishment.upper()
    legal = getattr(ctx.catalog, "legal", None)
    needs = getattr(legal, "needs_mechanism", None)
    if callable(needs) and establishment:
        on = ctx.manifest.as_of or dt.date.today()
        try:
            return bool(needs(establishment, country, on))
        except Exception:  # an unknown code: fall back to the simple rule below
            pass
    if not establishment or country == establishment:
        return False
    eea = ctx.catalog.sinks.eea
    return not (establishment in eea and country in eea)


def mechanism_problem(ctx: CheckContext, mechanism: str, country: str) -> str | None:
    """Why ``mechanism`` is not valid for ``country`` now, or None if it is (or unknown)."""
    legal = getattr(ctx.catalog, "legal", None)
    status = getattr(legal, "mechanism_status", None)
    if not callable(status):
        return None
    on = ctx.manifest.as_of or dt.date.today()
    org = ctx.manifest.organisation
    regimes: tuple[str, ...] = org.regimes or ("eu_gdpr",)
    pick = getattr(legal, "regime_for", None)
    if callable(pick) and org.establishment:
        # the regime whose transfer rules bind this exporter (GB: UK GDPR)
        with contextlib.suppress(Exception):
            regimes = (str(pick(org.establishment.upper(), org.regimes)),)
    for regime in regimes:
        try:
            result = status(mechanism, country, on, regime)
        except Exception:
            continue
        ok, why = _status(result)
        if not ok:
            return f"{mechanism} for {country} under {regime}: {why}"
    return None


def _status(result: Any) -> tuple[bool, str]:
    if result is None:
        return True, ""
    if isinstance(result, tuple) and result and isinstance(result[0], bool):
        return result[0], str(result[1]) if len(result) > 1 else "not valid"
    if isinstance(result, bool):
        return result, "not valid"
    if isinstance(result, str):
        return result.lower() in {"valid", "ok", "adequate", "in_force"}, result
    for attr in ("valid", "ok", "is_valid"):
        if hasattr(result, attr):
            value = getattr(result, attr)
            value = value() if callable(value) else value
            reason = getattr(result, "reason", None) or getattr(result, "explanation", "") or ""
            return bool(value), str(reason) or "not valid"
    return True, ""


def check_transfers(ctx: CheckContext) -> Iterator[Finding]:
    manifest = ctx.manifest
    catalog = ctx.catalog.sinks
    for file, call, _spec, dest, items in outbound_calls(ctx):
        region = _region(call, catalog)
        if region is not None and not region[2]:
            continue  # reported where the client was built with that region
        if not items and region is None:
            continue
        recipient = recipient_for(manifest, dest)
        countries: list[tuple[str, str]] = []
        if region is not None:
            countries.append(
                (
                    region[1],
                    f"region {region[0]!r} in code ({catalog.files and 'rules/sinks/geo.toml'})",
                )
            )
        elif dest.host and catalog.country_for_host(dest.host):
            countries.append(
                (
                    catalog.country_for_host(dest.host) or "",
                    f"host {dest.host} (rules/sinks/geo.toml)",
                )
            )
        elif recipient is not None and recipient.countries:
            countries.extend(
                (c, f"recipients.{recipient.id}.countries") for c in recipient.countries
            )
        elif dest.vendor is not None and dest.vendor.country:
            countries.append(
                (
                    dest.vendor.country,
                    f"{dest.vendor.name} processes in {dest.vendor.country} ({dest.vendor.source})",
                )
            )
        for country, evidence in countries:
            if not country or not _needs_mechanism(ctx, country):
                continue
            mechanism = recipient.transfers.get(country) if recipient is not None else None
            problem = None
            if mechanism is not None:
                problem = mechanism_problem(ctx, mechanism, country)
                if problem is None:
                    continue
            who = f"recipients.{recipient.id}" if recipient is not None else "no declared recipient"
            steps = Explanation()
            if items:
                steps = steps.add("source", describe(items[0]))
            steps = steps.add("destination", f"{dest.describe()} -> {country}: {evidence}")
            steps = steps.add(
                "manifest",
                f"{who}; organisation.establishment = "
                f"{manifest.organisation.establishment or '?'}; "
                + (problem or f"no `transfers.{country}` mechanism"),
            )
            what = f"'{items[0].source.text}' ({items[0].label})" if items else "data"
            yield finding(
                "PRV203",
                f"{what} goes to {country} via {call_text(call)} with "
                + (f"an invalid mechanism ({problem})" if problem else "no transfer mechanism")
                + (f" in recipients.{recipient.id}.transfers" if recipient is not None else ""),
                file,
                call,
                steps,
                element=items[0].element if items else None,
            )


CHECK = Check("flows.transfers", ("PRV203",), check_transfers)
