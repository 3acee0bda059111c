"""PRV000: input privlint could not analyse (syntax error, not UTF-8, empty, bad comment).

Reported as a finding rather than a crash so that one bad file never loses the rest of the run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from privlint.analysis.parse import EMPTY_FILE_MESSAGE
from privlint.checks.base import Check, CheckContext, Rule
from privlint.facts import FileFacts, Span
from privlint.findings import Explanation, Finding, Severity
from privlint.hookspecs import hookimpl

RULE = Rule(
    code="PRV000",
    name="unparseable-input",
    summary="A file or a privlint comment could not be analysed; nothing in it was checked.",
    severity=Severity.ERROR,
    theme="input",
)


def parse_problem_findings(files: Sequence[FileFacts]) -> list[Finding]:
    """One finding per recorded problem, and per suppression that gives no reason."""
    out: list[Finding] = []
    for facts in files:
        for problem in facts.problems:
            empty = problem.message.startswith(EMPTY_FILE_MESSAGE)
            severity = Severity.NOTE if empty else Severity.ERROR
            out.append(
                Finding(
                    code=RULE.code,
                    message=problem.message,
                    path=facts.path,
                    span=problem.span,
                    severity=severity,
                    explanation=Explanation((("input", "reported by privlint's parser"),)),
                )
            )
        for sup in facts.suppressions:
            if not sup.reason.strip():
                out.append(
                    Finding(
                        code=RULE.code,
                        message=(
                            f"suppression of {', '.join(sup.codes)} gives no reason; write "
                            "`# privlint: ignore[CODE] why this is fine` (it suppresses nothing)"
                        ),
                        path=facts.path,
                        span=Span(sup.line, 1, sup.line, 1),
                        severity=Severity.WARNING,
                    )
                )
    return out


def _run(ctx: CheckContext) -> Iterable[Finding]:
    return parse_problem_findings(ctx.files)


@hookimpl
def privlint_rules() -> list[Rule]:
    return [RULE]


@hookimpl
def privlint_checks() -> list[Check]:
    return [Check(name="parse-errors", codes=(RULE.code,), run=_run)]
