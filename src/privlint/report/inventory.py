"""The personal-data inventory: every field found, manifest or not (the data-discovery view)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any, TextIO

from rich.markup import escape

from privlint.checks.base import ClassifiedField
from privlint.report.text import console_for

COLUMNS = (
    "path",
    "line",
    "symbol",
    "kind",
    "framework",
    "element",
    "sensitivity",
    "special",
    "confidence",
    "explanation",
)


def row(item: ClassifiedField) -> dict[str, Any]:
    cls = item.classification
    return {
        "path": item.path,
        "line": item.fact.span.line,
        "symbol": item.fact.symbol,
        "kind": item.fact.kind,
        "framework": item.fact.framework,
        "element": cls.element,
        "sensitivity": cls.sensitivity,
        "special": cls.special,
        "confidence": round(cls.confidence, 2),
        "source": cls.source,
        "explanation": cls.explanation.summary(),
    }


def sort_rows(items: Sequence[ClassifiedField]) -> list[ClassifiedField]:
    return sorted(
        items, key=lambda i: (i.path, i.fact.span.line, i.fact.span.column, i.fact.symbol)
    )


def render_json(items: Sequence[ClassifiedField], files: int) -> str:
    rows = [row(i) for i in sort_rows(items)]
    doc = {"fields": rows, "summary": {"files": files, "fields": len(rows)}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def render_csv(items: Sequence[ClassifiedField]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[*COLUMNS, "source"], lineterminator="\n")
    writer.writeheader()
    for item in sort_rows(items):
        writer.writerow(row(item))
    return buffer.getvalue()


def render_text(
    items: Sequence[ClassifiedField], files: int, stream: TextIO, color: bool | None = None
) -> None:
    out = console_for(stream, color)
    current = None
    for item in sort_rows(items):
        if item.path != current:
            if current is not None:
                out.print()
            out.print(f"[bold]{escape(item.path)}[/bold]")
            current = item.path
        cls = item.classification
        special = " [red]special[/red]" if cls.special else ""
        out.print(
            f"  {item.fact.span.line:>4}  {escape(item.fact.symbol)}  [cyan]{cls.element}[/cyan]"
            f"  [dim]{item.fact.kind}, {cls.sensitivity}, {cls.confidence:.2f}[/dim]{special}"
        )
    if items:
        out.print()
    kinds: dict[str, int] = {}
    for item in items:
        kinds[item.fact.kind] = kinds.get(item.fact.kind, 0) + 1
    detail = ", ".join(f"{n} {k}{'s' * (n != 1)}" for k, n in sorted(kinds.items()))
    plural = "s" * (len(items) != 1)
    out.print(f"{len(items)} personal-data item{plural} ({detail or 'none'}) in {files} files.")
