"""`privlint check --format github`: one workflow command per finding, escaped as the runner
expects, so each finding is an annotation on the pull request."""

from __future__ import annotations

from pathlib import Path

from privlint.facts import Span
from privlint.findings import Explanation, Finding, Severity
from privlint.report.github import annotation


def test_each_finding_is_an_annotation(project: Path, run_cli) -> None:
    code, out, _ = run_cli("check", "--format", "github")
    assert code == 1
    lines = out.splitlines()
    assert lines and all(line.startswith("::error file=app/models.py,line=") for line in lines)
    assert all(",title=PRV101 undeclared-personal-data::" in line for line in lines)
    assert all("%0Awhy: " in line for line in lines)  # the reason on its own line


def test_commas_colons_percent_signs_and_newlines_are_escaped() -> None:
    finding = Finding(
        "PRV201",
        "50% of it:\nsent",
        "a,b:c.py",
        Span(3, 2, 4, 9),
        Severity.WARNING,
        explanation=Explanation((("source", "x"),)),
    )
    line = annotation(finding, {})
    assert line.startswith("::warning file=a%2Cb%3Ac.py,line=3,col=2,endLine=4,title=PRV201::")
    assert "endColumn" not in line  # only meaningful on a one-line range
    assert line.endswith("::50%25 of it:%0Asent%0Awhy: x")


def test_run_errors_are_annotations_too(project: Path, run_cli) -> None:
    code, out, _ = run_cli("check", "--format", "github", "app", "missing")
    assert code == 2
    assert "::error title=privlint::path 'missing' does not exist" in out
