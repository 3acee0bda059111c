"""PRV060: a category, recipient, event or subject is declared but used by nothing."""

from __future__ import annotations

from collections.abc import Mapping

from privlint.manifest import model as m
from privlint.manifest.checks._common import Run


def check_orphans(run: Run) -> None:
    mf = run.manifest
    used_categories = {c for p in mf.purposes.values() for c in p.categories}
    used_categories |= {c for a in mf.processor.values() for c in a.categories}
    used_categories |= {b.value for b in mf.bindings if b.is_class() and b.value}
    used_recipients = {r for p in mf.purposes.values() for r in p.recipients}
    used_recipients |= {r for a in mf.processor.values() for r in a.sub_processors}
    used_recipients |= {c.provider for c in mf.cookies.values() if c.provider}
    used_events = {e for c in mf.categories.values() if c.retention for e in c.retention.anchors()}
    used_subjects = {s for c in mf.categories.values() for s in c.subjects}
    used_subjects |= {s for p in mf.purposes.values() for s in p.subjects}
    groups: list[tuple[str, str, Mapping[str, m.Located], set[str], str]] = [
        ("category", "categories", mf.categories, used_categories, "purposes or processor"),
        (
            "recipient",
            "recipients",
            mf.recipients,
            used_recipients,
            "purposes, processor sub_processors or cookie providers",
        ),
        ("event", "events", mf.events, used_events, "retention anchors"),
        ("subject", "subjects", mf.subjects, used_subjects, "categories or purposes"),
    ]
    for kind, section, declared, used, users in groups:
        for key, entity in declared.items():
            if key in used:
                continue
            run.report(
                "PRV060",
                f"{kind} '{key}' is declared but used by nothing ({users}); remove it or "
                "refer to it",
                entity.span,
                [("manifest", run.ref(f"{section}.{key}", entity.span)), ("searched", users)],
                category=key if kind == "category" else None,
            )
