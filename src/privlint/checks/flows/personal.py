"""Which values in a call are personal data: the classified value sources of its payload.

Shared by the flow, marketing and security checks. The name classifier is looked up lazily
(``classify_name_impl``) so that tests can replace it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from privlint.catalog.sinks import SinkCatalog, SinkSpec
from privlint.checks.base import CheckContext
from privlint.facts import ArgumentFact, CallFact, ValueSource


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


def payload(call: CallFact, spec: SinkSpec | None) -> list[ArgumentFact]:
    """The arguments that carry data (for a vendor SDK call, all of them)."""
    if spec is None:
        return list(call.args)
    return [a for a in call.args if spec.carries(a.position, a.keyword)]


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
