"""PRV201: personal data written to a log, standard output or an exception message."""

from __future__ import annotations

from collections.abc import Iterator

from privlint.checks.base import Check, CheckContext, Rule
from privlint.checks.flows.calls import call_text, calls, finding, sink_of
from privlint.checks.flows.personal import Classifier, describe, personal_payload
from privlint.findings import Explanation, Finding, Severity
from privlint.manifest.model import covers

DEFAULT_LOG_ALLOW = ("identity.person_id",)

RULE = Rule(
    "PRV201",
    "personal-data-in-logs",
    "Personal data is written to a log, stdout or an exception message.",
    Severity.ERROR,
    "flows",
)


def check_logs(ctx: CheckContext) -> Iterator[Finding]:
    classifier = Classifier(ctx)
    allow = tuple(ctx.options.get("log_allow", DEFAULT_LOG_ALLOW))
    for file, call in calls(ctx):
        spec = sink_of(call, ctx.catalog.sinks)
        if spec is None or spec.kind not in {"log", "stdout", "exception"}:
            continue
        for item in personal_payload(classifier, call, spec):
            if item.element is not None and any(covers(a, item.element) for a in allow):
                continue
            where = {"log": "a log", "stdout": "standard output", "exception": "an exception"}
            text = call_text(call)
            steps = Explanation().add("source", describe(item))
            steps = steps.add("sink", f"{spec.label}: {text} ({spec.source})")
            steps = steps.add(
                "allowed",
                f"log_allow = {list(allow)} ([tool.privlint.options]); logs are not a declared "
                "use of personal data",
            )
            yield finding(
                "PRV201",
                f"'{item.source.text}' ({item.label}) flows into {text} at line "
                f"{call.span.line}: personal data written to {where[spec.kind]}",
                file,
                call,
                steps,
                element=item.element,
            )


CHECK = Check("flows.logs", ("PRV201",), check_logs)
