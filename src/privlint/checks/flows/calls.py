"""Calls and where they send data: sinks, arguments, URLs, destinations, outbound calls.

Shared by the flow, marketing and security checks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from privlint.catalog.sinks import SinkCatalog, SinkSpec, Vendor
from privlint.checks.base import CheckContext
from privlint.checks.flows.personal import Classifier, Personal, personal_payload
from privlint.facts import ArgumentFact, CallFact, FileFacts, ValueSource
from privlint.findings import Explanation, Finding, Severity

LOOPBACK = ("localhost", "127.0.0.1", "::1", "0.0.0.0", "testserver")
INTERNAL_SUFFIXES = (".local", ".internal", ".localhost", ".svc", ".cluster.local", ".test")


def sink_of(call: CallFact, catalog: SinkCatalog) -> SinkSpec | None:
    return catalog.match(call.callee, call.receiver, raised=call.raised)


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


def call_url(call: CallFact, spec: SinkSpec) -> tuple[str | None, list[ValueSource]]:
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
        url, _ = call_url(call, spec)
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


def calls(ctx: CheckContext) -> Iterator[tuple[FileFacts, CallFact]]:
    for file in ctx.files:
        for call in file.calls:
            yield file, call


def finding(
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


Outbound = tuple[FileFacts, CallFact, SinkSpec | None, Destination, list[Personal]]


def outbound_calls(ctx: CheckContext) -> tuple[Outbound, ...]:
    """Calls that send something to a placeable destination outside the process (found once
    per run: the recipient and the transfer checks both read them)."""
    found = ctx.shared.get("outbound_calls")
    if found is None:
        found = ctx.shared["outbound_calls"] = tuple(_outbound_calls(ctx))
    return found


def _outbound_calls(ctx: CheckContext) -> Iterator[Outbound]:
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
