"""Flow checks PRV201-PRV204: personal data reaching logs, third parties and other countries.

Every finding names the value (``customer.email``), what it was classified as and why, the
sink (from ``rules/sinks``), and the manifest entry consulted. The helpers here (personal data
in a call's payload, where a call sends data, which recipient claims it) are shared with the
marketing and security checks.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from privlint.catalog.sinks import SinkCatalog, SinkSpec, Vendor, host_matches
from privlint.checks.base import Check, CheckContext, Rule
from privlint.facts import ArgumentFact, CallFact, FileFacts, ImportFact, ValueSource
from privlint.findings import Explanation, Finding, Severity
from privlint.hookspecs import hookimpl
from privlint.manifest.model import Manifest, Recipient, covers, covers_any

THEME = "flows"
RULES = (
    Rule(
        "PRV201",
        "personal-data-in-logs",
        "Personal data is written to a log, stdout or an exception message.",
        Severity.ERROR,
        THEME,
    ),
    Rule(
        "PRV202",
        "undeclared-recipient",
        "Personal data is sent to a host or SDK that no recipient declares, or of a category "
        "the recipient's purposes do not cover.",
        Severity.ERROR,
        THEME,
    ),
    Rule(
        "PRV203",
        "cross-border-flow-without-mechanism",
        "Personal data goes to a country with no valid transfer mechanism.",
        Severity.ERROR,
        THEME,
    ),
    Rule(
        "PRV204",
        "undeclared-vendor-sdk",
        "A vendor SDK is imported that no recipient declares.",
        Severity.WARNING,
        THEME,
    ),
)

DEFAULT_LOG_ALLOW = ("identity.person_id",)
LOOPBACK = ("localhost", "127.0.0.1", "::1", "0.0.0.0", "testserver")
INTERNAL_SUFFIXES = (".local", ".internal", ".localhost", ".svc", ".cluster.local", ".test")


# ---- personal data ----------------------------------------------------------------------


@dataclass(frozen=True)
class Personal:
    """A value source judged to be personal data: its element (None for raw request data)."""

    source: ValueSource
    element: str | None
    why: str
    special: bool = False

    @property
    def label(self) -> str:
        return self.element or "request data"


def _load_classifier() -> Callable[..., Any] | None:
    try:
        from privlint.classify import classify_name
    except ImportError:  # the classifier lands separately; without it only request data counts
        return None
    return classify_name


#: The name classifier (``privlint.classify.classify_name``); tests may replace it.
classify_name_impl: Callable[..., Any] | None = None


def _classifier() -> Callable[..., Any] | None:
    global classify_name_impl
    if classify_name_impl is None:
        classify_name_impl = _load_classifier()
    return classify_name_impl


def _why(classification: Any) -> str:
    explanation = getattr(classification, "explanation", None)
    if explanation is None:
        return f"classified as {classification.element}"
    if hasattr(explanation, "summary"):
        return str(explanation.summary())
    return str(explanation)


class Classifier:
    """Classifies ValueSources once per run (a cache keyed by name, owner and kind)."""

    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx
        self.sinks: SinkCatalog = ctx.catalog.sinks
        self.cache: dict[tuple[str, str | None, str], tuple[str, str, bool] | None] = {}

    def personal(self, sources: Iterable[ValueSource]) -> list[Personal]:
        out: list[Personal] = []
        for source in sources:
            found = self.classify(source)
            if found is not None:
                out.append(found)
        return out

    def classify(self, source: ValueSource) -> Personal | None:
        if source.kind == "request":
            return self._request(source)
        return self._name(source, source.name, source.owner)

    def _name(self, source: ValueSource, name: str, owner: str | None) -> Personal | None:
        if not name:
            return None
        kind = "parameter" if source.kind == "parameter" else "field"
        key = (name, owner, kind)
        if key not in self.cache:
            self.cache[key] = self._classify(name, owner, kind)
        hit = self.cache[key]
        if hit is None:
            return None
        element, why, special = hit
        return Personal(source, element, why, special)

    def _classify(self, name: str, owner: str | None, kind: str) -> tuple[str, str, bool] | None:
        classify = _classifier()
        if classify is None:
            return None
        try:
            result = classify(name, self.ctx.catalog.elements, owner=owner, kind=kind)
        except TypeError:
            result = classify(name, self.ctx.catalog.elements)
        if result is None or not getattr(result, "element", None):
            return None
        return result.element, _why(result), bool(getattr(result, "special", False))

    def _request(self, source: ValueSource) -> Personal | None:
        parts = self.sinks.request
        part = source.request_part or ""
        where = "rules/sinks/requests.toml"
        if part in parts.parts:
            element = parts.parts[part]
            return Personal(source, element, f"request.{part} holds {element} ({where})")
        if part in parts.header_parts:
            if not source.name:
                return Personal(source, None, f"request.{part} holds request headers ({where})")
            element = parts.element_for_key(source.name)
            if element is None:
                return None
            return Personal(source, element, f"header {source.name!r} holds {element} ({where})")
        if part in parts.keyed_parts:
            if not source.name:
                return Personal(source, None, f"request.{part} is submitted request data ({where})")
            found = self._name(source, source.name, "request")
            if found is None:
                return None
            return Personal(source, found.element, f"request.{part} key {found.why}", found.special)
        return None


def describe(personal: Personal) -> str:
    where = f" (line {personal.source.line})" if personal.source.line else ""
    return f"'{personal.source.text}'{where} -> {personal.label}: {personal.why}"


# ---- calls and sinks --------------------------------------------------------------------


def sink_of(call: CallFact, catalog: SinkCatalog) -> SinkSpec | None:
    return catalog.match(call.callee, call.receiver, raised=call.raised)


def payload(call: CallFact, spec: SinkSpec | None) -> list[ArgumentFact]:
    """The arguments that carry data (for a vendor SDK call, all of them)."""
    if spec is None:
        return list(call.args)
    return [a for a in call.args if spec.carries(a.position, a.keyword)]


def call_text(call: CallFact) -> str:
    """How the call reads in source (``logger.info``), for messages."""
    method = call.callee.rpartition(".")[2]
    if call.receiver and not call.raised:
        return f"{call.receiver}.{method}"
    return call.callee.replace("()", "")


def arg(call: CallFact, position: int | None, keyword: str | None) -> ArgumentFact | None:
    for a in call.args:
        if keyword is not None and a.keyword == keyword:
            return a
    for a in call.args:
        if position is not None and a.position == position:
            return a
    return None


def receiver_arg(call: CallFact, position: int | None, keyword: str | None) -> ArgumentFact | None:
    for a in call.receiver_args:
        if (keyword is not None and a.keyword == keyword) or (
            position is not None and a.position == position
        ):
            return a
    return None


@dataclass(frozen=True)
class Destination:
    """Where a call sends data: a URL host, a vendor package, an SMTP relay."""

    host: str | None = None
    scheme: str | None = None
    url: str | None = None
    module: str | None = None
    vendor: Vendor | None = None

    def describe(self) -> str:
        if self.vendor is not None and self.module:
            return f"{self.vendor.name} SDK ({self.module})"
        if self.host:
            return f"host {self.host}" + (f" ({self.vendor.name})" if self.vendor else "")
        return self.module or "an unknown destination"


def _url(call: CallFact, spec: SinkSpec) -> tuple[str | None, list[ValueSource]]:
    """The URL text (literal, or constant prefix) and the data embedded in the URL."""
    found = arg(call, spec.url_position, spec.url_keyword)
    text = None
    sources: list[ValueSource] = []
    if found is not None:
        text = found.literal or found.literal_prefix
        sources = list(found.sources)
    base = receiver_arg(call, None, spec.base_url_keyword) if spec.base_url_keyword else None
    base_text = base.literal if base is not None else None
    if base_text and (text is None or not text.lower().startswith(("http://", "https://"))):
        text = base_text.rstrip("/") + "/" + (text or "").lstrip("/")
    return text, sources


def destination(
    call: CallFact, spec: SinkSpec | None, catalog: SinkCatalog, imported: Iterable[str]
) -> Destination | None:
    """Where ``call`` sends its payload, or None if it is not a transfer we can place."""
    if spec is not None and spec.kind == "http":
        url, _ = _url(call, spec)
        if not url or "://" not in url:
            return None
        parts = urlsplit(url)
        host = parts.hostname
        if not host:
            return None
        return Destination(host, parts.scheme.lower(), url, None, catalog.vendor_for_host(host))
    if spec is not None and spec.kind == "mail":
        host_arg = receiver_arg(call, spec.host_receiver_position, spec.host_receiver_keyword)
        if host_arg is None or not host_arg.literal:
            return None
        host = host_arg.literal
        return Destination(host, "smtp", None, None, catalog.vendor_for_host(host))
    module = call.callee.replace("()", "")
    vendor = catalog.vendor_for_module(module)
    if vendor is None or not _imports_package(imported, vendor):
        return None
    package = next(
        p
        for p in sorted(vendor.packages, key=len, reverse=True)
        if module == p or module.startswith(p + ".")
    )
    return Destination(None, None, None, package, vendor)


def _imports_package(imported: Iterable[str], vendor: Vendor) -> bool:
    return any(
        name == p or name.startswith(p + ".") or p.startswith(name + ".")
        for name in imported
        for p in vendor.packages
    )


def imported_names(file: FileFacts) -> set[str]:
    """Dotted modules a file imports (``from x import y`` counts as ``x`` and ``x.y``)."""
    out: set[str] = set()
    for imp in file.imports:
        out.add(imp.module)
        out.update(f"{imp.module}.{n}" for n in imp.names)
    return out


def is_internal(host: str) -> bool:
    host = host.lower()
    return (
        host in LOOPBACK
        or host.startswith("127.")
        or host.endswith(INTERNAL_SUFFIXES)
        or "." not in host
    )


# ---- recipients -------------------------------------------------------------------------


def recipient_for(manifest: Manifest, dest: Destination) -> Recipient | None:
    """The ``[recipients.*]`` entry that claims a destination (by host, package or vendor)."""
    for recipient in manifest.recipients.values():
        if dest.host and any(host_matches(p, dest.host) for p in recipient.hosts):
            return recipient
        if dest.module and any(_package_claims(p, dest.module) for p in recipient.packages):
            return recipient
        if dest.vendor is not None and claims_vendor(recipient, dest.vendor):
            return recipient
    return None


def _package_claims(declared: str, module: str) -> bool:
    return (
        module == declared or module.startswith(declared + ".") or declared.startswith(module + ".")
    )


def claims_vendor(recipient: Recipient, vendor: Vendor) -> bool:
    if any(_package_claims(p, v) for p in recipient.packages for v in vendor.packages):
        return True
    concrete = [h for h in vendor.hosts if "*" not in h]
    return any(host_matches(p, h) for p in recipient.hosts for h in concrete)


def covering_purposes(manifest: Manifest, recipient_id: str, element: str) -> list[str]:
    """Purposes (and processor activities) that send ``element`` to the recipient."""
    out: list[str] = []
    for purpose in manifest.purposes.values():
        if recipient_id not in purpose.recipients:
            continue
        for cat_id in purpose.categories:
            category = manifest.categories.get(cat_id)
            if category is not None and covers_any(category.elements, element):
                out.append(f"purposes.{purpose.id}")
                break
    for activity in manifest.processor.values():
        if recipient_id in activity.sub_processors:
            for cat_id in activity.categories:
                category = manifest.categories.get(cat_id)
                if category is not None and covers_any(category.elements, element):
                    out.append(f"processor.{activity.id}")
                    break
    return out


def purposes_naming(manifest: Manifest, recipient_id: str) -> list[str]:
    return [p.id for p in manifest.purposes.values() if recipient_id in p.recipients]


def at(ctx: CheckContext, entity: Any, key: str | None = None) -> str:
    span = entity.at(key)
    return f"{ctx.manifest_path}:{span.line}"


# ---- iteration helpers ------------------------------------------------------------------


def calls(ctx: CheckContext) -> Iterator[tuple[FileFacts, CallFact]]:
    for file in ctx.files:
        for call in file.calls:
            yield file, call


def _finding(
    code: str,
    message: str,
    file: FileFacts,
    call: CallFact,
    explanation: Explanation,
    *,
    element: str | None = None,
    category: str | None = None,
    severity: Severity = Severity.ERROR,
) -> Finding:
    return Finding(
        code=code,
        message=message,
        path=file.path,
        span=call.span,
        severity=severity,
        element=element,
        category=category,
        symbol=call.function,
        explanation=explanation,
    )


def personal_payload(
    classifier: Classifier, call: CallFact, spec: SinkSpec | None
) -> list[Personal]:
    found: list[Personal] = []
    seen: set[tuple[str, str | None]] = set()
    for argument in payload(call, spec):
        for item in classifier.personal(argument.sources):
            key = (item.source.text, item.element)
            if key not in seen:
                seen.add(key)
                found.append(item)
    return found


# ---- PRV201 -----------------------------------------------------------------------------


def check_logs(ctx: CheckContext) -> Iterator[Finding]:
    classifier = Classifier(ctx)
    allow = tuple(ctx.options.get("log_allow", DEFAULT_LOG_ALLOW))
    for file, call in calls(ctx):
        spec = sink_of(call, ctx.catalog.sinks)
        if spec is None or spec.kind not in {"log", "stdout", "exception"}:
            continue
        for item in personal_payload(classifier, call, spec):
            if item.element is not None and any(covers(a, item.element) for a in allow):
                continue
            where = {"log": "a log", "stdout": "standard output", "exception": "an exception"}
            text = call_text(call)
            steps = Explanation().add("source", describe(item))
            steps = steps.add("sink", f"{spec.label}: {text} ({spec.source})")
            steps = steps.add(
                "allowed",
                f"log_allow = {list(allow)} ([tool.privlint.options]); logs are not a declared "
                "use of personal data",
            )
            yield _finding(
                "PRV201",
                f"'{item.source.text}' ({item.label}) flows into {text} at line "
                f"{call.span.line}: personal data written to {where[spec.kind]}",
                file,
                call,
                steps,
                element=item.element,
            )


# ---- PRV202 / PRV203 --------------------------------------------------------------------


def transfers(
    ctx: CheckContext,
) -> Iterator[tuple[FileFacts, CallFact, SinkSpec | None, Destination, list[Personal]]]:
    """Calls that send something to a placeable destination outside the process."""
    classifier = Classifier(ctx)
    for file in ctx.files:
        imported = imported_names(file)
        for call in file.calls:
            spec = sink_of(call, ctx.catalog.sinks)
            if spec is not None and spec.kind not in {"http", "mail"}:
                continue
            dest = destination(call, spec, ctx.catalog.sinks, imported)
            if dest is None or (dest.host and is_internal(dest.host)):
                continue
            items = personal_payload(classifier, call, spec)
            if spec is not None and spec.kind == "http":
                url_arg = arg(call, spec.url_position, spec.url_keyword)
                if url_arg is not None and not spec.carries(url_arg.position, url_arg.keyword):
                    items.extend(classifier.personal(url_arg.sources))
            yield file, call, spec, dest, items


def check_recipients(ctx: CheckContext) -> Iterator[Finding]:
    manifest = ctx.manifest
    for file, call, _spec, dest, items in transfers(ctx):
        items = [i for i in items if not (i.element or "").startswith("credentials")]
        if not items:
            continue
        recipient = recipient_for(manifest, dest)
        text = call_text(call)
        if recipient is None:
            item = items[0]
            steps = Explanation().add("source", describe(item))
            steps = steps.add("destination", dest.describe())
            if dest.vendor is not None:
                steps = steps.add("vendor", f"{dest.vendor.name} ({dest.vendor.source})")
            steps = steps.add(
                "manifest",
                f"no [recipients.*] entry in {ctx.manifest_path} lists this host or package "
                "(`hosts`, `packages`)",
            )
            names = ", ".join(sorted({i.label for i in items}))
            yield _finding(
                "PRV202",
                f"{names} sent to {dest.describe()} by {text}, which no recipient in the "
                f"manifest declares",
                file,
                call,
                steps,
                element=item.element,
            )
            continue
        for item in items:
            if item.element is None:
                continue
            if covering_purposes(manifest, recipient.id, item.element):
                continue
            named = purposes_naming(manifest, recipient.id)
            steps = Explanation().add("source", describe(item))
            steps = steps.add("destination", dest.describe())
            steps = steps.add(
                "manifest",
                f"recipients.{recipient.id} ({at(ctx, recipient)}); purposes sending to it: "
                f"{', '.join(named) or 'none'}; none has a category holding {item.element}",
            )
            yield _finding(
                "PRV202",
                f"'{item.source.text}' ({item.element}) sent to recipient '{recipient.id}' by "
                f"{text}, but no purpose sends {item.element} to '{recipient.id}'",
                file,
                call,
                steps,
                element=item.element,
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
    for file, call, _spec, dest, items in transfers(ctx):
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
            yield _finding(
                "PRV203",
                f"{what} goes to {country} via {call_text(call)} with "
                + (f"an invalid mechanism ({problem})" if problem else "no transfer mechanism")
                + (f" in recipients.{recipient.id}.transfers" if recipient is not None else ""),
                file,
                call,
                steps,
                element=items[0].element if items else None,
            )


# ---- PRV204 -----------------------------------------------------------------------------


def _import_vendor(imp: ImportFact, catalog: SinkCatalog) -> tuple[Vendor, str] | None:
    for name in (*(f"{imp.module}.{n}" for n in imp.names), imp.module):
        vendor = catalog.vendor_for_module(name)
        if vendor is not None:
            return vendor, name
    return None


def check_vendor_imports(ctx: CheckContext) -> Iterator[Finding]:
    for file in ctx.files:
        reported: set[str] = set()
        for imp in file.imports:
            hit = _import_vendor(imp, ctx.catalog.sinks)
            if hit is None:
                continue
            vendor, module = hit
            if vendor.id in reported:
                continue
            if any(
                claims_vendor(r, vendor) or any(_package_claims(p, module) for p in r.packages)
                for r in ctx.manifest.recipients.values()
            ):
                continue
            reported.add(vendor.id)
            steps = Explanation().add(
                "vendor",
                f"import {module!r} is {vendor.name} ({vendor.category}; {vendor.source})",
            )
            steps = steps.add(
                "manifest",
                f"no [recipients.*] in {ctx.manifest_path} lists packages {list(vendor.packages)}"
                f" or hosts {list(vendor.hosts)[:3]}",
            )
            yield Finding(
                code="PRV204",
                message=f"{vendor.name} SDK '{module}' is imported but no recipient declares it "
                f'(add `packages = ["{module.split(".")[0]}"]` to its [recipients.*] entry)',
                path=file.path,
                span=imp.span,
                severity=Severity.WARNING,
                symbol=module,
                explanation=steps,
            )


# ---- plugin hooks -----------------------------------------------------------------------


@hookimpl
def privlint_rules() -> list[Rule]:
    return list(RULES)


@hookimpl
def privlint_checks() -> list[Check]:
    return [
        Check("flows.logs", ("PRV201",), check_logs),
        Check("flows.recipients", ("PRV202",), check_recipients),
        Check("flows.transfers", ("PRV203",), check_transfers),
        Check("flows.vendor_imports", ("PRV204",), check_vendor_imports),
    ]
