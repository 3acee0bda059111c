"""Semantic checks on a loaded manifest (PRV003-PRV060), before any code is read.

Each finding points at the offending key in privacy.toml and names the manifest entries (and
catalogue or legal facts) it consulted, so that the author can see why without reading code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from privlint.facts import Span
from privlint.findings import Explanation, Finding
from privlint.manifest import model as m
from privlint.manifest.codes import RULES_BY_CODE
from privlint.manifest.durations import parse_duration, try_duration

ART9_CONDITIONS = (
    "explicit_consent",
    "employment",
    "vital_interests",
    "not_for_profit",
    "made_public",
    "legal_claims",
    "substantial_public_interest",
    "health_care",
    "public_health",
    "archiving_research",
)
NOT_NECESSARY_COOKIES = ("advertising", "analysis", "personalisation")
KEEP_FORMS = ("plain", "sha256")
DEFAULT_COOKIE_MAX_EXPIRY = "P13M"
DEFAULT_STALE_AFTER_MONTHS = 12
MAX_SLA_DAYS = 31  # Art. 12(3): "within one month"; a month has at most 31 days
_PLACEHOLDER = re.compile(r"<[^>]*>|\b(?:TODO|TBD|TBC|FIXME|XXX)\b|^\s*(?:\.\.\.|-|\?)?\s*$")


def check_manifest(
    manifest: m.Manifest,
    catalog: Any,
    *,
    today: dt.date | None = None,
    options: Mapping[str, Any] | None = None,
) -> list[Finding]:
    """Every PRV0xx semantic finding for ``manifest``, sorted by position.

    ``catalog`` needs ``elements`` (``keys()``, ``in``, ``is_special(key)``) and ``legal``
    (:class:`privlint.catalog.legal.LegalFacts`). ``options``: ``cookie_max_expiry`` (ISO
    duration, default P13M) and ``stale_after_months`` (default 12).
    """
    run = _Run(manifest, catalog, today or dt.date.today(), dict(options or {}))
    for check in (
        _references,
        _elements,
        _bases,
        _special,
        _retention,
        _transfers,
        _staleness,
        _cookies,
        _rights,
        _orphans,
    ):
        check(run)
    return sorted(run.findings, key=Finding.sort_key)


@dataclass
class _Run:
    manifest: m.Manifest
    catalog: Any
    today: dt.date
    options: dict[str, Any]
    findings: list[Finding] = field(default_factory=list)
    _keys: frozenset[str] | None = None
    _prefixes: frozenset[str] | None = None
    _catalog_prefixes: frozenset[str] | None = None

    # ---- reporting ---------------------------------------------------------------------
    def ref(self, label: str, span: Span) -> str:
        return f"{label} ({self.manifest.path}:{span.line})"

    def report(
        self,
        code: str,
        message: str,
        span: Span,
        steps: Iterable[tuple[str, str]] = (),
        *,
        element: str | None = None,
        category: str | None = None,
    ) -> None:
        self.findings.append(
            Finding(
                code=code,
                message=message,
                path=self.manifest.path,
                span=span,
                severity=RULES_BY_CODE[code].severity,
                element=element,
                category=category,
                explanation=Explanation(tuple(steps)),
            )
        )

    # ---- the element taxonomy ------------------------------------------------------------
    @property
    def catalog_keys(self) -> frozenset[str]:
        if self._keys is None:
            elements = getattr(self.catalog, "elements", None)
            self._keys = frozenset(elements.keys()) if elements is not None else frozenset()
        return self._keys

    @property
    def prefixes(self) -> frozenset[str]:
        """Every ancestor of a catalogue or extension key: parents cover their children."""
        if self._prefixes is None:
            out: set[str] = set()
            for key in self.catalog_keys | set(self.manifest.elements):
                parts = key.split(".")
                out.update(".".join(parts[:i]) for i in range(1, len(parts)))
            self._prefixes = frozenset(out)
        return self._prefixes

    @property
    def catalog_prefixes(self) -> frozenset[str]:
        """Ancestors of catalogue keys only (what an extension's parent may be)."""
        if self._catalog_prefixes is None:
            out: set[str] = set()
            for key in self.catalog_keys:
                parts = key.split(".")
                out.update(".".join(parts[:i]) for i in range(1, len(parts)))
            self._catalog_prefixes = frozenset(out)
        return self._catalog_prefixes

    def known(self, key: str) -> bool:
        return key in self.catalog_keys or key in self.manifest.elements or key in self.prefixes

    def catalog_special(self, key: str) -> bool:
        elements = getattr(self.catalog, "elements", None)
        if elements is None or key not in self.catalog_keys:
            return False
        try:
            return bool(elements.is_special(key))
        except (KeyError, ValueError):
            return False

    def special_source(self, key: str) -> str | None:
        """Why ``key`` is (or covers) Art. 9 data, or None when it is not."""
        parts = key.split(".")
        for i in range(len(parts), 0, -1):  # the key itself, then its ancestors
            ancestor = ".".join(parts[:i])
            decl = self.manifest.elements.get(ancestor)
            if decl is not None and decl.special:
                return f'[elements."{ancestor}"] special = true'
            if self.catalog_special(ancestor):
                return f"{ancestor} is a special category in the catalogue"
        for other in sorted(self.catalog_keys | set(self.manifest.elements)):
            if not m.covers(key, other) or other == key:
                continue
            decl = self.manifest.elements.get(other)
            if (decl is not None and decl.special) or self.catalog_special(other):
                return f"{key} covers {other}, a special category"
        return None


def _list_span(entity: m.Located, key: str, index: int) -> Span:
    return entity.key_spans.get(f"{key}[{index}]") or entity.at(key)


# ---- PRV003: dangling references ----------------------------------------------------------
def _dangling(
    run: _Run,
    entity: m.Located,
    label: str,
    key: str,
    values: Iterable[str],
    declared: Mapping[str, Any],
    kind: str,
) -> None:
    for i, value in enumerate(values):
        if value in declared:
            continue
        section = {"event": "events", "category": "categories", "subject": "subjects"}.get(
            kind, f"{kind}s"
        )
        hint = _hint(value, declared)
        run.report(
            "PRV003",
            f"`{label}.{key}` refers to {kind} '{value}', which is not declared in "
            f"[{section}]{hint}",
            _list_span(entity, key, i),
            [
                ("manifest", run.ref(label, entity.span)),
                ("expected", f"a {kind} declared as [{section}.<id>]"),
                ("declared", ", ".join(sorted(declared)) or "none"),
            ],
        )


def _hint(value: str, declared: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(value, list(declared), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _references(run: _Run) -> None:
    mf = run.manifest
    for pid, p in mf.purposes.items():
        label = f"purposes.{pid}"
        _dangling(run, p, label, "categories", p.categories, mf.categories, "category")
        _dangling(run, p, label, "recipients", p.recipients, mf.recipients, "recipient")
        _dangling(run, p, label, "cookies", p.cookies, mf.cookies, "cookie")
        _dangling(run, p, label, "subjects", p.subjects, mf.subjects, "subject")
    for cid, c in mf.categories.items():
        _dangling(run, c, f"categories.{cid}", "subjects", c.subjects, mf.subjects, "subject")
        r = c.retention
        if r is None:
            continue
        rlabel = f"categories.{cid}.retention"
        if r.after:
            _dangling(run, r, rlabel, "after", [r.after], mf.events, "event")
        _dangling(run, r, rlabel, "after_latest_of", r.after_latest_of, mf.events, "event")
        if r.until:
            _dangling(run, r, rlabel, "until", [r.until], mf.events, "event")
        for i, keep in enumerate(r.keep):
            if keep.purpose:
                _dangling(
                    run,
                    keep,
                    f"{rlabel}.keep[{i}]",
                    "purpose",
                    [keep.purpose],
                    mf.purposes,
                    "purpose",
                )
    for name, cookie in mf.cookies.items():
        if cookie.provider:
            _dangling(
                run,
                cookie,
                f"cookies.{name}",
                "provider",
                [cookie.provider],
                mf.recipients,
                "recipient",
            )
    for b in mf.bindings:
        if b.is_class() and b.value is not None:
            _dangling(
                run, b, f'bindings."{b.target}"', "value", [b.value], mf.categories, "category"
            )
    for aid, a in mf.processor.items():
        label = f"processor.{aid}"
        _dangling(run, a, label, "categories", a.categories, mf.categories, "category")
        _dangling(run, a, label, "sub_processors", a.sub_processors, mf.recipients, "recipient")
        _dangling(run, a, label, "cookies", a.cookies, mf.cookies, "cookie")
    for rid, right in mf.rights.rights.items():
        exempt = right.options.get("exempt_purposes", ())
        if isinstance(exempt, tuple):
            _dangling(
                run, right, f"rights.{rid}", "exempt_purposes", exempt, mf.purposes, "purpose"
            )


# ---- PRV004: unknown elements -------------------------------------------------------------
def _unknown_element(
    run: _Run, entity: m.Located, label: str, key: str, index: int | None, element: str
) -> None:
    span = _list_span(entity, key, index) if index is not None else entity.at(key)
    close = _hint(element, run.catalog_keys | set(run.manifest.elements))
    run.report(
        "PRV004",
        f"`{label}.{key}` names element '{element}', which is not in the element catalogue "
        f"and not declared under [elements]{close}",
        span,
        [
            ("manifest", run.ref(label, entity.span)),
            ("catalogue", f"{len(run.catalog_keys)} element keys and their parents"),
            (
                "expected",
                f'a catalogue key, or an extension [elements."{element}"] whose parent exists',
            ),
        ],
        element=element,
    )


def _elements(run: _Run) -> None:
    mf = run.manifest
    for cid, c in mf.categories.items():
        for i, element in enumerate(c.elements):
            if not run.known(element):
                _unknown_element(run, c, f"categories.{cid}", "elements", i, element)
        if c.retention is not None:
            for k, keep in enumerate(c.retention.keep):
                for i, element in enumerate(keep.elements):
                    if not run.known(element):
                        label = f"categories.{cid}.retention.keep[{k}]"
                        _unknown_element(run, keep, label, "elements", i, element)
    for b in mf.bindings:
        if not b.is_class() and b.value is not None and not run.known(b.value):
            _unknown_element(run, b, f'bindings."{b.target}"', "value", None, b.value)
    for key, decl in mf.elements.items():
        if decl.parent is None:
            continue
        label = f'elements."{key}"'
        parent_ok = (
            decl.parent in run.catalog_keys
            or decl.parent in run.catalog_prefixes
            or (decl.parent in mf.elements and decl.parent != key)
        )
        if not parent_ok:
            run.report(
                "PRV004",
                f"extension '{key}' has parent '{decl.parent}', which is neither a catalogue "
                "element nor another extension",
                decl.at("parent"),
                [
                    ("manifest", run.ref(label, decl.span)),
                    ("expected", "an existing element key as `parent`"),
                ],
                element=key,
            )
        elif not m.covers(decl.parent, key) or decl.parent == key:
            run.report(
                "PRV004",
                f"extension '{key}' must sit under its parent: its key should start with "
                f"'{decl.parent}.'",
                decl.at("parent"),
                [("manifest", run.ref(label, decl.span))],
                element=key,
            )


# ---- PRV010, PRV011: legal bases ---------------------------------------------------------
def _bases(run: _Run) -> None:
    mf = run.manifest
    rights = mf.rights.rights
    for pid, p in mf.purposes.items():
        label = f"purposes.{pid}"
        where = [("manifest", run.ref(label, p.span))]
        if not p.basis:
            if "basis" not in p.key_spans:  # a bad value was already reported as PRV002
                run.report(
                    "PRV010",
                    f"purpose '{pid}' has no legal basis: add `basis = ` one of "
                    + ", ".join(m.LEGAL_BASES),
                    p.span,
                    [*where, ("expected", "one Art. 6(1) basis per purpose")],
                )
            continue
        basis_span = p.at("basis")
        steps = [*where, ("basis", f"{p.basis} ({run.ref(label + '.basis', basis_span)})")]

        def missing(
            text: str, span: Span = basis_span, steps: list[tuple[str, str]] = steps
        ) -> None:
            run.report("PRV011", text, span, steps)

        if p.basis == "consent":
            if not p.withdrawal:
                missing(
                    f"purpose '{pid}' relies on consent but says nothing about how it is "
                    'withdrawn: add `withdrawal = "..."`'
                )
            if "withdraw_consent" not in rights:
                missing(
                    f"purpose '{pid}' relies on consent, so [rights] needs "
                    '`withdraw_consent = { handler = "module.function" }`'
                )
        elif p.basis in ("legal_obligation", "public_task"):
            if not p.law:
                missing(
                    f"purpose '{pid}' relies on {p.basis} but cites no law: add "
                    '`law = "<the statute and section>"`'
                )
            elif _PLACEHOLDER.search(p.law):
                run.report(
                    "PRV011",
                    f"purpose '{pid}': `law` is still a placeholder ({p.law!r}); cite the "
                    "actual provision",
                    p.at("law"),
                    steps,
                )
        elif p.basis == "vital_interests":
            if not p.justification:
                missing(
                    f"purpose '{pid}' relies on vital interests: add `justification` "
                    "(why no other basis is available)"
                )
        elif p.basis == "legitimate_interests":
            if not p.interest:
                missing(
                    f"purpose '{pid}' relies on legitimate interests but does not say "
                    'which: add `interest = "..."`'
                )
            if "object" not in rights:
                missing(
                    f"purpose '{pid}' relies on legitimate interests, so [rights] needs "
                    '`object = { handler = "module.function" }` (Art. 21)'
                )


# ---- PRV012: special categories ----------------------------------------------------------
def _special(run: _Run) -> None:
    mf = run.manifest
    for pid, p in mf.purposes.items():
        label = f"purposes.{pid}"
        if p.special_condition is not None and p.special_condition not in ART9_CONDITIONS:
            run.report(
                "PRV012",
                f"purpose '{pid}': special_condition '{p.special_condition}' is not an Art. 9(2) "
                f"condition{_hint(p.special_condition, ART9_CONDITIONS)}",
                p.at("special_condition"),
                [
                    ("manifest", run.ref(label, p.span)),
                    ("expected", "one of " + ", ".join(ART9_CONDITIONS)),
                ],
            )
            continue
        if p.special_condition:
            continue
        for cid in p.categories:
            category = mf.categories.get(cid)
            if category is None:
                continue
            for element in category.elements:
                why = run.special_source(element)
                if why is None:
                    continue
                run.report(
                    "PRV012",
                    f"purpose '{pid}' processes special-category data ({element} in category "
                    f"'{cid}') but gives no `special_condition` (an Art. 9(2) condition such as "
                    "explicit_consent)",
                    p.at("categories"),
                    [
                        ("manifest", run.ref(label, p.span)),
                        ("category", run.ref(f"categories.{cid}", category.span)),
                        ("special", why),
                    ],
                    element=element,
                    category=cid,
                )
                break
            else:
                continue
            break


# ---- PRV020, PRV021: retention -----------------------------------------------------------
def _retention(run: _Run) -> None:
    for cid, c in run.manifest.categories.items():
        label = f"categories.{cid}"
        if c.retention is None:
            if "retention" not in c.key_spans:
                run.report(
                    "PRV020",
                    f"category '{cid}' has no retention rule: add [{label}.retention] with a "
                    "period and an anchor event",
                    c.span,
                    [
                        ("manifest", run.ref(label, c.span)),
                        ("expected", "how long this data is kept (Art. 5(1)(e), 13(2)(a))"),
                    ],
                    category=cid,
                )
            continue
        _retention_grammar(run, c, c.retention, f"{label}.retention")


def _retention_grammar(run: _Run, c: m.Category, r: m.Retention, label: str) -> None:
    steps = [("manifest", run.ref(label, r.span))]

    def bad(message: str, span: Span) -> None:
        run.report("PRV021", message, span, steps, category=c.id)

    if r.period_text is not None and r.period is None:
        try:
            parse_duration(r.period_text)
        except ValueError as exc:
            bad(f"`{label}.period`: {exc}", r.at("period"))
    anchors = [k for k in ("after", "after_latest_of", "until") if k in r.key_spans]
    if r.indefinite:
        if not r.justification:
            bad(f"`{label}`: indefinite retention needs a `justification`", r.at("indefinite"))
        for key in ("period", *anchors):
            if key in r.key_spans:
                bad(f"`{label}`: `indefinite = true` cannot be combined with `{key}`", r.at(key))
    else:
        if not anchors:
            bad(
                f"`{label}` needs exactly one anchor: `after`, `after_latest_of` or `until` "
                "(or `indefinite = true` with a justification)",
                r.span,
            )
        elif len(anchors) > 1:
            bad(
                f"`{label}` has {len(anchors)} anchors ({', '.join(anchors)}); give exactly one",
                r.at(anchors[1]),
            )
        if ("after" in anchors or "after_latest_of" in anchors) and "period" not in r.key_spans:
            bad(
                f"`{label}`: a retention counted from an event needs a `period` "
                "(an ISO 8601 duration such as P6Y)",
                r.span,
            )
        if "after_latest_of" in r.key_spans and len(r.after_latest_of) < 2:
            bad(
                f"`{label}.after_latest_of` needs at least two events (use `after` for one)",
                r.at("after_latest_of"),
            )
    for k, keep in enumerate(r.keep):
        klabel = f"{label}.keep[{k}]"
        for i, element in enumerate(keep.elements):
            if run.known(element) and not m.covers_any(c.elements, element):
                run.report(
                    "PRV021",
                    f"`{klabel}` keeps '{element}', which category '{c.id}' does not hold; "
                    "keep only elements of the category",
                    _list_span(keep, "elements", i),
                    [
                        ("manifest", run.ref(klabel, keep.span)),
                        ("category", f"elements {', '.join(c.elements)}"),
                    ],
                    category=c.id,
                    element=element,
                )
        if "form" in keep.key_spans and keep.form not in KEEP_FORMS:
            bad(f"`{klabel}.form` must be 'plain' or 'sha256', got {keep.form!r}", keep.at("form"))


# ---- PRV030, PRV031, PRV032: transfers and the age of legal facts ------------------------
def _transfers(run: _Run) -> None:
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
                _list_span(r, "countries", i),
                [("manifest", run.ref(label, r.span)), *origin],
            )
        _mechanisms(run, r.transfers, r.transfer_spans, label, r.span, est, regime, on, origin)
    for aid, a in mf.processor.items():
        label = f"processor.{aid}"
        _mechanisms(run, a.transfers, a.transfer_spans, label, a.span, est, regime, on, origin)


def _mechanisms(
    run: _Run,
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


def _staleness(run: _Run) -> None:
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


# ---- PRV040, PRV041, PRV042: cookies -----------------------------------------------------
def _cookies(run: _Run) -> None:
    mf = run.manifest
    ceiling_text = str(run.options.get("cookie_max_expiry", DEFAULT_COOKIE_MAX_EXPIRY))
    ceiling = try_duration(ceiling_text) or parse_duration(DEFAULT_COOKIE_MAX_EXPIRY)
    claims: dict[str, list[str]] = {}
    for pid, p in mf.purposes.items():
        for name in p.cookies:
            claims.setdefault(name, []).append(f"purposes.{pid}")
    for aid, a in mf.processor.items():
        for name in a.cookies:
            claims.setdefault(name, []).append(f"processor.{aid}")
    for name, cookie in mf.cookies.items():
        label = f"cookies.{name}"
        steps = [("manifest", run.ref(label, cookie.span))]
        if cookie.necessary and cookie.category in NOT_NECESSARY_COOKIES:
            run.report(
                "PRV040",
                f"cookie '{name}' is in category '{cookie.category}' but marked necessary; "
                f"{cookie.category} cookies are never strictly necessary and need consent",
                cookie.at("necessary"),
                [*steps, ("expected", "necessary = false (set only after consent)")],
            )
        if name not in claims:
            run.report(
                "PRV041",
                f"cookie '{name}' is claimed by no purpose or processor activity: list it in "
                "the `cookies` of the purpose that sets it, or remove it",
                cookie.span,
                [*steps, ("searched", "cookies of every [purposes] and [processor] entry")],
            )
        if "expiry" not in cookie.key_spans or cookie.expiry == "session":
            continue
        duration = try_duration(cookie.expiry)
        if duration is None:
            run.report(
                "PRV042",
                f"cookie '{name}': expiry {cookie.expiry!r} is neither \"session\" nor an ISO "
                "8601 duration such as P1Y",
                cookie.at("expiry"),
                steps,
            )
        elif duration.approx_days() > ceiling.approx_days():
            run.report(
                "PRV042",
                f"cookie '{name}' lasts {duration.text}, longer than the ceiling of "
                f"{ceiling.text} (option cookie_max_expiry)",
                cookie.at("expiry"),
                [*steps, ("ceiling", ceiling.text)],
            )


# ---- PRV050, PRV051: data subject rights -------------------------------------------------
_RIGHT_NAMES = {
    "access": "access (Art. 15)",
    "rectification": "rectification (Art. 16)",
    "erasure": "erasure (Art. 17)",
    "restriction": "restriction of processing (Art. 18)",
    "object": "objection (Art. 21(1))",
    "object_direct_marketing": "objection to direct marketing (Art. 21(2))",
    "portability": "data portability (Art. 20)",
    "withdraw_consent": "withdrawal of consent (Art. 7(3))",
    "complain": "complaint to a supervisory authority (Art. 77)",
}


def _rights(run: _Run) -> None:
    mf = run.manifest
    rights = mf.rights
    declared = "rights" in mf.key_spans
    table_span = rights.span if declared else mf.span
    where = [("manifest", run.ref("[rights]", table_span) if declared else "no [rights] table")]
    for right in m.RIGHTS:
        entry = rights.rights.get(right)
        if entry is None:
            if right in rights.key_spans:
                continue  # present but malformed: reported as PRV002
            example = 'authority = "ICO"' if right == "complain" else 'handler = "module.function"'
            run.report(
                "PRV050",
                f"the right of {_RIGHT_NAMES[right]} is not declared: add "
                f"`{right} = {{ {example} }}` to [rights]",
                table_span,
                [*where, ("expected", ", ".join(m.RIGHTS))],
            )
        elif right != "complain" and not entry.handler:
            run.report(
                "PRV050",
                f"the right of {_RIGHT_NAMES[right]} has no `handler` (the function that "
                "fulfils a request)",
                entry.span,
                [("manifest", run.ref(f"rights.{right}", entry.span))],
            )
    if rights.sla is None:
        if "sla" not in rights.key_spans:
            run.report(
                "PRV051",
                '[rights] has no `sla`: add `sla = "P1M"` (requests are answered within one '
                "month, Art. 12(3))",
                table_span,
                where,
            )
        return
    duration = try_duration(rights.sla)
    if duration is None:
        run.report(
            "PRV051",
            f"`rights.sla`: expected an ISO 8601 duration such as P1M or P30D, got {rights.sla!r}",
            rights.at("sla"),
            where,
        )
    elif duration.approx_days() > MAX_SLA_DAYS:
        run.report(
            "PRV051",
            f'`rights.sla = "{duration.text}"` is longer than one month; Art. 12(3) requires '
            "an answer within one month (extensions are case by case, not a default)",
            rights.at("sla"),
            where,
        )


# ---- PRV060: orphans ---------------------------------------------------------------------
def _orphans(run: _Run) -> None:
    mf = run.manifest
    used_categories = {c for p in mf.purposes.values() for c in p.categories}
    used_categories |= {c for a in mf.processor.values() for c in a.categories}
    used_categories |= {b.value for b in mf.bindings if b.is_class() and b.value}
    used_recipients = {r for p in mf.purposes.values() for r in p.recipients}
    used_recipients |= {r for a in mf.processor.values() for r in a.sub_processors}
    used_recipients |= {c.provider for c in mf.cookies.values() if c.provider}
    used_events = {e for c in mf.categories.values() if c.retention for e in c.retention.anchors()}
    used_subjects = {s for c in mf.categories.values() for s in c.subjects}
    used_subjects |= {s for p in mf.purposes.values() for s in p.subjects}
    groups: list[tuple[str, str, Mapping[str, m.Located], set[str], str]] = [
        ("category", "categories", mf.categories, used_categories, "purposes or processor"),
        (
            "recipient",
            "recipients",
            mf.recipients,
            used_recipients,
            "purposes, processor sub_processors or cookie providers",
        ),
        ("event", "events", mf.events, used_events, "retention anchors"),
        ("subject", "subjects", mf.subjects, used_subjects, "categories or purposes"),
    ]
    for kind, section, declared, used, users in groups:
        for key, entity in declared.items():
            if key in used:
                continue
            run.report(
                "PRV060",
                f"{kind} '{key}' is declared but used by nothing ({users}); remove it or "
                "refer to it",
                entity.span,
                [("manifest", run.ref(f"{section}.{key}", entity.span)), ("searched", users)],
                category=key if kind == "category" else None,
            )
