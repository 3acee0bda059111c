"""Retention in code: PRV401 an event bound to a field that does not exist, PRV402 a retention
period whose anchor field no code filters on (no purge job can be counting from it).

Both need the code: with no analysed files there is nothing to compare, so they stay quiet.
"""

from __future__ import annotations

from collections.abc import Iterator

from privlint.checks.base import Check, CheckContext, Rule
from privlint.facts import Span
from privlint.findings import Explanation, Finding, Severity
from privlint.hookspecs import hookimpl
from privlint.manifest.model import Event

THEME = "retention"
RULES = (
    Rule(
        "PRV401",
        "event-field-missing",
        "An [events] entry is bound to a field that does not exist in the code.",
        Severity.ERROR,
        THEME,
    ),
    Rule(
        "PRV402",
        "retention-without-purge",
        "A category's retention period counts from a field that no code ever filters on.",
        Severity.WARNING,
        THEME,
    ),
)


def _target(event: Event) -> str:
    text = event.field.strip()
    return text[len("field:") :] if text.startswith("field:") else text


def _tail_match(symbol: str, target: str) -> bool:
    return symbol == target or symbol.endswith("." + target) or target.endswith("." + symbol)


def _known_fields(ctx: CheckContext) -> tuple[set[str], set[str]]:
    fields = {f.symbol for file in ctx.files for f in file.fields}
    classes = {c.symbol for file in ctx.files for c in file.classes}
    classes.update(f.rpartition(".")[0] for f in fields)
    return fields, classes


def _span(ctx: CheckContext, entity: object, key: str | None) -> Span:
    return entity.at(key)  # type: ignore[attr-defined]


def check_events(ctx: CheckContext) -> Iterator[Finding]:
    if not ctx.files:
        return
    fields, classes = _known_fields(ctx)
    for event in ctx.manifest.events.values():
        target = _target(event)
        if not target:
            continue
        owner, _, attr = target.rpartition(".")
        if owner.startswith("*") or owner == "":
            if any(f.rpartition(".")[2] == attr for f in fields):
                continue
            detail = f"no analysed class has a field named {attr!r}"
        elif any(_tail_match(f, target) for f in fields):
            continue
        elif any(_tail_match(c, owner) for c in classes):
            detail = f"class {owner} exists but has no field {attr!r}"
        else:
            detail = f"no analysed class {owner}"
        if not ctx.whole_project and not detail.startswith("class "):
            continue  # the class may be in a file this run did not read
        yield Finding(
            code="PRV401",
            message=f"events.{event.id} is bound to {target}, which does not exist: {detail}",
            path=ctx.manifest_path,
            span=_span(ctx, event, "field"),
            severity=Severity.ERROR,
            symbol=target,
            explanation=Explanation()
            .add("manifest", f"events.{event.id}.field = {event.field!r}")
            .add("code", f"{detail} among {len(fields)} fields in {len(ctx.files)} files"),
        )


def check_purges(ctx: CheckContext) -> Iterator[Finding]:
    if not ctx.files or not ctx.whole_project:
        return  # a purge job may live in a file this run did not read
    filters = {
        (path.rpartition(".")[2], fn.symbol)
        for file in ctx.files
        for fn in file.functions
        for path in fn.filters
    }
    filtered = {name for name, _ in filters}
    for category in ctx.manifest.categories.values():
        retention = category.retention
        if retention is None or retention.indefinite or retention.period is None:
            continue
        for anchor in retention.anchors():
            event = ctx.manifest.events.get(anchor)
            if event is None:
                continue  # a dangling reference is a manifest finding (PRV0xx)
            target = _target(event)
            attr = target.rpartition(".")[2]
            if not attr or attr in filtered:
                continue
            key = next(
                (
                    k
                    for k in ("after", "after_latest_of", "until", "period")
                    if k in retention.key_spans
                ),
                None,
            )
            yield Finding(
                code="PRV402",
                message=f"categories.{category.id} is kept {retention.describe()}, but no code "
                f"filters on {target} (the '{anchor}' field): no purge job can find expired "
                "records",
                path=ctx.manifest_path,
                span=retention.at(key),
                severity=Severity.WARNING,
                category=category.id,
                symbol=target,
                explanation=Explanation()
                .add("manifest", f"categories.{category.id}.retention: {retention.describe()}")
                .add("event", f"events.{anchor}.field = {event.field!r}")
                .add(
                    "code",
                    f"no function filters or compares on {attr!r} (Django .filter()/.exclude() "
                    "keywords, SQLAlchemy where(), conditions)",
                ),
            )


@hookimpl
def privlint_rules() -> list[Rule]:
    return list(RULES)


@hookimpl
def privlint_checks() -> list[Check]:
    return [
        Check("retention.events", ("PRV401",), check_events),
        Check("retention.purges", ("PRV402",), check_purges),
    ]
