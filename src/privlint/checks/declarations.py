"""PRV101-PRV105: every personal-data field in code must be covered by the manifest.

For each class-level field the detector (or a binding) calls personal data, the chain
element -> categories -> purposes -> legal basis, and category -> retention, must hold. A field
several categories could own is fine if any one of them completes the chain; otherwise the
finding names the first link that breaks and every category considered.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from privlint.checks.base import Check, CheckContext, ClassifiedField, Rule
from privlint.findings import Explanation, Finding, Severity
from privlint.hookspecs import hookimpl
from privlint.manifest.model import LEGAL_BASES, Category, Manifest, Purpose

UNDECLARED = Rule(
    "PRV101",
    "undeclared-personal-data",
    "A personal-data field in code belongs to no category of the manifest.",
    Severity.ERROR,
    "declarations",
)
NO_PURPOSE = Rule(
    "PRV102",
    "personal-data-without-purpose",
    "A personal-data field's categories are used by no purpose or processor activity.",
    Severity.ERROR,
    "declarations",
)
NO_BASIS = Rule(
    "PRV103",
    "personal-data-without-legal-basis",
    "A personal-data field is used only by purposes that declare no valid legal basis.",
    Severity.ERROR,
    "declarations",
)
NO_RETENTION = Rule(
    "PRV104",
    "personal-data-without-retention",
    "A personal-data field belongs only to categories that declare no retention.",
    Severity.ERROR,
    "declarations",
)
SPECIAL = Rule(
    "PRV105",
    "special-category-without-condition",
    "A special-category (Art. 9) field is used by no purpose with an Art. 9(2) condition.",
    Severity.ERROR,
    "declarations",
)
RULES = (UNDECLARED, NO_PURPOSE, NO_BASIS, NO_RETENTION, SPECIAL)


@dataclass(frozen=True)
class Verdict:
    """How far one category carries a field along the chain (5 = complete)."""

    category: Category
    stage: int
    purposes: tuple[Purpose, ...]


def _where(manifest_path: str, line: int) -> str:
    return f"{manifest_path}:{line}"


def _valid_basis(purpose: Purpose) -> bool:
    return purpose.basis in LEGAL_BASES


def judge(category: Category, element_special: bool, manifest: Manifest) -> Verdict:
    """Walk the chain for one category: 1 no purpose, 2 no basis, 3 no retention, 4 no Art. 9."""
    purposes = manifest.purposes_for(category.id)
    processing = manifest.processor_activities_for(category.id)
    if not purposes and not processing:
        return Verdict(category, 1, purposes)
    based = tuple(p for p in purposes if _valid_basis(p))
    if not based and not processing:
        return Verdict(category, 2, purposes)
    if category.retention is None:
        return Verdict(category, 3, based)
    needs_condition = element_special and category.role != "processor"
    if needs_condition and not any(p.special_condition for p in based):
        return Verdict(category, 4, based)
    return Verdict(category, 5, based)


def describe_chain(element: str, hint: str | None, manifest: Manifest, where: str) -> list[str]:
    """The manifest entries consulted for ``element``, one line per category (for explain)."""
    categories = manifest.categories_for(element)
    if hint:
        categories = tuple(c for c in categories if c.id == hint)
    if not categories:
        return [f"no category lists {element} (or a parent key) in {where}"]
    lines = []
    for cat in categories:
        purposes = manifest.purposes_for(cat.id)
        used = ", ".join(f"{p.id} ({p.basis or 'no basis'})" for p in purposes) or "no purpose"
        activities = ", ".join(a.id for a in manifest.processor_activities_for(cat.id))
        if activities:
            used += f"; processor activities {activities}"
        kept = cat.retention.describe() if cat.retention else "no retention"
        lines.append(
            f"category {cat.id} ({where}:{cat.span.line}, {cat.role}) -> purposes {used}; "
            f"retention {kept}"
        )
    return lines


def check_field(item: ClassifiedField, ctx: CheckContext) -> Finding | None:
    """The finding for one field, or None if some category completes the chain."""
    fact, cls = item.fact, item.classification
    if fact.kind != "field":
        return None
    manifest, where = ctx.manifest, ctx.manifest_path
    element = cls.element
    label = f"{fact.owner}.{fact.name}" if fact.owner else fact.name
    explanation = cls.explanation
    candidates = manifest.categories_for(element)
    if cls.category_hint:
        hinted = manifest.categories.get(cls.category_hint)
        if hinted is None:
            return _finding(
                UNDECLARED,
                item,
                f"personal-data field '{label}' ({element}) is bound to category "
                f"'{cls.category_hint}', which privacy.toml does not declare",
                explanation.add("manifest", f"no [categories.{cls.category_hint}] in {where}"),
            )
        candidates = tuple(c for c in candidates if c.id == hinted.id)
        if not candidates:
            return _finding(
                UNDECLARED,
                item,
                f"personal-data field '{label}' ({element}) is bound to category "
                f"'{hinted.id}', whose elements do not include {element}",
                explanation.add(
                    "manifest",
                    f"[categories.{hinted.id}] elements = {list(hinted.elements)} "
                    f"({_where(where, hinted.span.line)})",
                ),
            )
    if not candidates:
        return _finding(
            UNDECLARED,
            item,
            f"personal-data field '{label}' ({element}) belongs to no category in privacy.toml; "
            f"add {element} (or a parent key) to a category's elements, or bind the field",
            explanation.add("manifest", f"no [categories.*] elements cover {element} in {where}"),
        )
    verdicts = [judge(c, cls.special, manifest) for c in candidates]
    if any(v.stage == 5 for v in verdicts):
        return None
    best = max(verdicts, key=lambda v: v.stage)
    names = ", ".join(f"{v.category.id} ({_where(where, v.category.span.line)})" for v in verdicts)
    explanation = explanation.add("manifest", f"categories holding {element}: {names}")
    cat = best.category
    if best.stage == 1:
        return _finding(
            NO_PURPOSE,
            item,
            f"personal-data field '{label}' ({element}) is in category '{cat.id}', "
            "which no purpose uses: there is no declared reason to hold it",
            explanation.add("manifest", f"no [purposes.*] lists '{cat.id}' in categories"),
            cat.id,
        )
    if best.stage == 2:
        listed = ", ".join(f"{p.id} (basis '{p.basis or 'missing'}')" for p in best.purposes)
        return _finding(
            NO_BASIS,
            item,
            f"personal-data field '{label}' ({element}) is used by purposes with no valid legal "
            f"basis: {listed}",
            explanation.add("manifest", f"valid bases are {', '.join(LEGAL_BASES)}"),
            cat.id,
        )
    if best.stage == 3:
        return _finding(
            NO_RETENTION,
            item,
            f"personal-data field '{label}' ({element}) is in category '{cat.id}', which "
            "declares no retention: add [categories." + cat.id + ".retention]",
            explanation.add("manifest", f"[categories.{cat.id}] ({_where(where, cat.span.line)})"),
            cat.id,
        )
    purposes = ", ".join(p.id for p in best.purposes)
    return _finding(
        SPECIAL,
        item,
        f"special-category field '{label}' ({element}) is used by purposes ({purposes}) that "
        "give no Art. 9(2) condition (`special_condition`)",
        explanation.add("law", "Art. 9 data needs an Art. 6 basis AND an Art. 9(2) condition"),
        cat.id,
    )


def _finding(
    rule: Rule,
    item: ClassifiedField,
    message: str,
    explanation: Explanation,
    category: str | None = None,
) -> Finding:
    return Finding(
        code=rule.code,
        message=message,
        path=item.path,
        span=item.fact.span,
        severity=rule.severity,
        element=item.classification.element,
        category=category,
        symbol=item.fact.symbol,
        explanation=explanation,
    )


def _run(ctx: CheckContext) -> Iterable[Finding]:
    for item in ctx.fields:
        finding = check_field(item, ctx)
        if finding is not None:
            yield finding


@hookimpl
def privlint_rules() -> list[Rule]:
    return list(RULES)


@hookimpl
def privlint_checks() -> list[Check]:
    return [Check(name="declarations", codes=tuple(r.code for r in RULES), run=_run)]
