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
from privlint.review import Candidate

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


def review_row(candidate: Candidate) -> dict[str, Any]:
    """A field to review: no element, and why a reviewer should look at it."""
    return {
        "path": candidate.path,
        "line": candidate.fact.span.line,
        "symbol": candidate.fact.symbol,
        "kind": candidate.fact.kind,
        "framework": candidate.fact.framework,
        "why": candidate.why,
    }


def render_json(
    items: Sequence[ClassifiedField], files: int, review: Sequence[Candidate] | None = None
) -> str:
    rows = [row(i) for i in sort_rows(items)]
    doc: dict[str, Any] = {"fields": rows, "summary": {"files": files, "fields": len(rows)}}
    if review is not None:
        doc["review"] = [review_row(c) for c in review]
        doc["summary"]["review"] = len(review)
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def render_csv(items: Sequence[ClassifiedField], review: Sequence[Candidate] | None = None) -> str:
    """One row per field; fields to review have no element and ``source`` "review"."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[*COLUMNS, "source"], lineterminator="\n")
    writer.writeheader()
    for item in sort_rows(items):
        writer.writerow(row(item))
    for candidate in review or ():
        base = review_row(candidate)
        writer.writerow(
            {
                **{k: base[k] for k in ("path", "line", "symbol", "kind", "framework")},
                "element": "",
                "sensitivity": "",
                "special": "",
                "confidence": "",
                "source": "review",
                "explanation": candidate.why,
            }
        )
    return buffer.getvalue()


def render_text(
    items: Sequence[ClassifiedField],
    files: int,
    stream: TextIO,
    color: bool | None = None,
    review: Sequence[Candidate] | None = None,
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
    if review is None:
        return
    out.print()
    if not review:
        out.print("Nothing to review: every value field of a record about a person was classified.")
        return
    out.print(
        f"[bold]To review ({len(review)})[/bold]: value fields of records about a person that "
        "no pattern matched. Bind each in privacy.toml, mark it `# privlint: not-personal`, or "
        "add your domain's words to a rule pack."
    )
    current = None
    for candidate in review:
        if candidate.path != current:
            out.print(f"[bold]{escape(candidate.path)}[/bold]")
            current = candidate.path
        out.print(
            f"  {candidate.fact.span.line:>4}  {escape(candidate.fact.symbol)}  "
            f"[dim]{escape(candidate.why)}[/dim]"
        )
