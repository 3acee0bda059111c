"""Helpers: analyse an inline snippet with every built-in extractor."""

from __future__ import annotations

import textwrap

from privlint.analysis.extractors import ALL_EXTRACTORS
from privlint.analysis.parse import analyse_source
from privlint.facts import FieldFact, FileFacts


def run(source: str, path: str = "app.py", module: str = "app") -> FileFacts:
    return analyse_source(textwrap.dedent(source).encode(), path, module, ALL_EXTRACTORS)


def fields(facts: FileFacts, kind: str = "field") -> dict[str, FieldFact]:
    return {f.symbol: f for f in facts.fields if f.kind == kind}


def frameworks(facts: FileFacts) -> dict[str, str]:
    return {c.name: c.framework for c in facts.classes}
