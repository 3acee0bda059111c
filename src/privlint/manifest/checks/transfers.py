"""PRV030-PRV032: transfers outside the establishment's area have a valid mechanism, and the
legal facts behind that judgement are not stale.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from privlint.facts import Span
from privlint.manifest.checks._common import Run, list_span

DEFAULT_STALE_AFTER_MONTHS = 12


def check_transfers(run: Run) -> None:
    mf = run.manifest
    legal = getattr(run.catalog, "legal", None)
    est = mf.organisation.establishment
    if legal is None or not est:
        return
    regime = legal.regime_for(est, mf.organisation.regimes)
    on = mf.as_of or run.today
    est_ref = run.ref("organisation.establishment", mf.organisation.at("establishment"))
    origin = [("establishment", f"{est} ({est_ref}), regime {regime}, as of {on.isoformat()}")]
    for rid, r in mf.recipients.items():
        label = f"recipients.{rid}"
        for i, country in enumerate(r.countries):
            if country in r.transfers or not legal.needs_mechanism(est, country, on, regime):
                continue
            run.report(
                "PRV030",
                f"recipient '{rid}' receives data in {country}, outside {est}'s area and without "
                f'an adequacy decision: add [{label}.transfers] {country} = "<mechanism>" '
                "(sccs, uk_idta, bcr, dpf, ...)",
                list_span(r, "countries", i),
                [("manifest", run.ref(label, r.span)), *origin],
            )
        _mechanisms(run, r.transfers, r.transfer_spans, label, r.span, est, regime, on, origin)
    for aid, a in mf.processor.items():
        label = f"processor.{aid}"
        _mechanisms(run, a.transfers, a.transfer_spans, label, a.span, est, regime, on, origin)


def _mechanisms(
    run: Run,
    transfers: Mapping[str, str],
    spans: Mapping[str, Span],
    label: str,
    table_span: Span,
    est: str,
    regime: str,
    on: dt.date,
    origin: list[tuple[str, str]],
) -> None:
    legal = run.catalog.legal
    for country, mechanism in transfers.items():
        span = spans.get(country, table_span)
        steps = [("manifest", run.ref(f"{label}.transfers.{country}", span)), *origin]
        if not mechanism.strip():
            if legal.needs_mechanism(est, country, on, regime):
                run.report(
                    "PRV030", f"`{label}.transfers.{country}` names no mechanism", span, steps
                )
            continue
        known = mechanism in legal.mechanisms
        withdrawn = known and legal.mechanisms[mechanism].withdrawn
        if not withdrawn and known and not legal.is_transfer(est, country, regime):
            continue  # no transfer, so no safeguard is needed
        ok, why = legal.mechanism_status(mechanism, country, on, regime)
        if not ok:
            run.report(
                "PRV031",
                f'`{label}.transfers.{country} = "{mechanism}"` is not a valid transfer '
                f"mechanism: {why}",
                span,
                [*steps, ("legal", why)],
            )


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    return dt.date(year, month, 28)


def check_staleness(run: Run) -> None:
    mf = run.manifest
    months = int(run.options.get("stale_after_months", DEFAULT_STALE_AFTER_MONTHS))
    if mf.as_of is None:
        if "as_of" not in mf.key_spans:
            run.report(
                "PRV032",
                "the manifest has no `as_of` date: add `as_of = <date>` (when the legal facts "
                "such as adequacy decisions were last checked)",
                mf.at("version"),
                [("expected", "a TOML date at the top level, e.g. as_of = 2025-01-31")],
            )
        return
    if _add_months(mf.as_of, months) < run.today:
        run.report(
            "PRV032",
            f"legal facts were last checked on {mf.as_of.isoformat()}, more than {months} months "
            f"before {run.today.isoformat()}: re-check transfers and adequacy, then update "
            "`as_of`",
            mf.at("as_of"),
            [("manifest", run.ref("as_of", mf.at("as_of")))],
        )
