"""Terminal output with rich: grouped by file, one line per finding plus a one-line why.

Colour only when writing to a terminal; plain text otherwise (files, pipes, CI logs).
"""

from __future__ import annotations

from collections import Counter
from itertools import groupby
from typing import TextIO

from rich.console import Console
from rich.markup import escape

from privlint.engine import RunResult
from privlint.findings import Finding, Severity

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.NOTE: "cyan"}


def console_for(stream: TextIO, color: bool | None = None) -> Console:
    is_tty = color if color is not None else (hasattr(stream, "isatty") and stream.isatty())
    return Console(
        file=stream,
        force_terminal=bool(is_tty),
        no_color=not is_tty,
        highlight=False,
        soft_wrap=True,
        emoji=False,
    )


def why(finding: Finding) -> str:
    """The one-line reason: the most telling steps of the explanation."""
    steps = finding.explanation.steps
    if not steps:
        return ""
    return "; ".join(text for _, text in steps[:3])


def render(
    result: RunResult, stream: TextIO, *, color: bool | None = None, verbose: bool = False
) -> None:
    out = console_for(stream, color)
    for path, group in groupby(result.findings, key=lambda f: f.path):
        out.print(f"[bold]{escape(path)}[/bold]")
        for finding in group:
            rule = result.rules.get(finding.code)
            name = f" {rule.name}" if rule else ""
            style = STYLE[finding.severity]
            out.print(
                f"  {finding.span.line}:{finding.span.column}  [{style}]{finding.code}[/{style}]"
                f"[dim]{name}[/dim]  {escape(finding.message)}"
            )
            if verbose:
                for label, text in finding.explanation.steps:
                    out.print(f"      [dim]{escape(label)}:[/dim] {escape(text)}")
            elif finding.explanation.steps:
                out.print(f"      [dim]why: {escape(why(finding))}[/dim]")
        out.print()
    summary(result, out)


def summary(result: RunResult, out: Console) -> None:
    counts = Counter(f.severity for f in result.findings)
    files = result.file_count
    if not result.findings and result.errors:
        out.print(f"No findings in {files} file{'s' * (files != 1)} checked, but the run failed.")
    elif not result.findings:
        out.print(f"[green]All clear.[/green] {files} file{'s' * (files != 1)} checked.")
    else:
        parts = [f"{counts[s]} {s.value}{'s' * (counts[s] != 1)}" for s in Severity if counts[s]]
        out.print(
            f"Found {len(result.findings)} finding{'s' * (len(result.findings) != 1)} "
            f"({', '.join(parts)}) in {files} file{'s' * (files != 1)} checked."
        )
    if result.suppressed:
        out.print(f"{result.suppressed} suppressed by `# privlint: ignore[...]` comments.")
    if result.baselined:
        n = result.baselined
        held = "it" if n == 1 else "them"
        out.print(f"{n} finding{'s' * (n != 1)} left out: the baseline holds {held}.")
    if result.stale_baseline:
        out.print(
            f"{result.stale_baseline} baseline entr{'ies' if result.stale_baseline != 1 else 'y'} "
            "matched nothing (fixed or moved): write the baseline again to drop them."
        )
    if result.errors:
        out.print(
            f"[bold red]{len(result.errors)} error(s) stopped part of the run "
            "(see standard error).[/]"
        )
