"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding,
shown as an annotation on the pull request's diff (no code-scanning permissions needed)."""

from __future__ import annotations

from privlint.engine import RunResult
from privlint.findings import Finding, Severity

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "notice"}


def _data(text: str) -> str:
    """Escape a command's message (``%``, CR and LF), as the runner unescapes it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """Escape a property value: as a message, plus ``:`` and ``,`` that separate properties."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, rules: dict) -> str:
    rule = rules.get(finding.code)
    title = f"{finding.code} {rule.name}" if rule else finding.code
    span = finding.span
    props = [
        f"file={_property(finding.path)}",
        f"line={span.line}",
        f"col={span.column}",
        f"endLine={span.end_line}",
    ]
    if span.end_line == span.line:  # GitHub reads endColumn only on a one-line range
        props.append(f"endColumn={span.end_column}")
    props.append(f"title={_property(title)}")
    why = "; ".join(text for _, text in finding.explanation.steps[:3])
    message = f"{finding.message}\nwhy: {why}" if why else finding.message
    return f"::{COMMAND[finding.severity]} {','.join(props)}::{_data(message)}"


def render(result: RunResult) -> str:
    lines = [annotation(f, result.rules) for f in result.findings]
    lines += [f"::error title=privlint::{_data(error)}" for error in result.errors]
    return "".join(f"{line}\n" for line in lines)
