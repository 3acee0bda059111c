"""What every manifest check shares: the run (manifest, catalogue, findings) and its
element-taxonomy queries, list-item spans, and "did you mean" hints."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from privlint.facts import Span
from privlint.findings import Explanation, Finding
from privlint.manifest import model as m
from privlint.manifest.codes import RULES_BY_CODE


@dataclass
class Run:
    """One check_manifest call: its inputs, cached taxonomy queries and the findings."""

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


def list_span(entity: m.Located, key: str, index: int) -> Span:
    return entity.key_spans.get(f"{key}[{index}]") or entity.at(key)


def did_you_mean(value: str, declared: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for a close declared name, else an empty string."""
    close = difflib.get_close_matches(value, list(declared), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
