"""PRV003: a manifest entry refers to a category, purpose, recipient, cookie, event or subject
that is not declared.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from privlint.manifest import model as m
from privlint.manifest.checks._common import Run, did_you_mean, list_span


def _dangling(
    run: Run,
    entity: m.Located,
    label: str,
    key: str,
    values: Iterable[str],
    declared: Mapping[str, Any],
    kind: str,
) -> None:
    for i, value in enumerate(values):
        if value in declared:
            continue
        section = {"event": "events", "category": "categories", "subject": "subjects"}.get(
            kind, f"{kind}s"
        )
        hint = did_you_mean(value, declared)
        run.report(
            "PRV003",
            f"`{label}.{key}` refers to {kind} '{value}', which is not declared in "
            f"[{section}]{hint}",
            list_span(entity, key, i),
            [
                ("manifest", run.ref(label, entity.span)),
                ("expected", f"a {kind} declared as [{section}.<id>]"),
                ("declared", ", ".join(sorted(declared)) or "none"),
            ],
        )


def check_references(run: Run) -> None:
    mf = run.manifest
    for pid, p in mf.purposes.items():
        label = f"purposes.{pid}"
        _dangling(run, p, label, "categories", p.categories, mf.categories, "category")
        _dangling(run, p, label, "recipients", p.recipients, mf.recipients, "recipient")
        _dangling(run, p, label, "cookies", p.cookies, mf.cookies, "cookie")
        _dangling(run, p, label, "subjects", p.subjects, mf.subjects, "subject")
    for cid, c in mf.categories.items():
        _dangling(run, c, f"categories.{cid}", "subjects", c.subjects, mf.subjects, "subject")
        r = c.retention
        if r is None:
            continue
        rlabel = f"categories.{cid}.retention"
        if r.after:
            _dangling(run, r, rlabel, "after", [r.after], mf.events, "event")
        _dangling(run, r, rlabel, "after_latest_of", r.after_latest_of, mf.events, "event")
        if r.until:
            _dangling(run, r, rlabel, "until", [r.until], mf.events, "event")
        for i, keep in enumerate(r.keep):
            if keep.purpose:
                _dangling(
                    run,
                    keep,
                    f"{rlabel}.keep[{i}]",
                    "purpose",
                    [keep.purpose],
                    mf.purposes,
                    "purpose",
                )
    for name, cookie in mf.cookies.items():
        if cookie.provider:
            _dangling(
                run,
                cookie,
                f"cookies.{name}",
                "provider",
                [cookie.provider],
                mf.recipients,
                "recipient",
            )
    for b in mf.bindings:
        if b.is_class() and b.value is not None:
            _dangling(
                run, b, f'bindings."{b.target}"', "value", [b.value], mf.categories, "category"
            )
    for aid, a in mf.processor.items():
        label = f"processor.{aid}"
        _dangling(run, a, label, "categories", a.categories, mf.categories, "category")
        _dangling(run, a, label, "sub_processors", a.sub_processors, mf.recipients, "recipient")
        _dangling(run, a, label, "cookies", a.cookies, mf.cookies, "cookie")
    for rid, right in mf.rights.rights.items():
        exempt = right.options.get("exempt_purposes", ())
        if isinstance(exempt, tuple):
            _dangling(
                run, right, f"rights.{rid}", "exempt_purposes", exempt, mf.purposes, "purpose"
            )
