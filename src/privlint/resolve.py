"""Resolve each extracted field to a personal-data element: binding > inline > detection.

``[bindings]`` in privacy.toml wins over everything (``"mod.Class.field" = "contact.email"`` or
``false``); a class binding (``"mod.Class" = "crm"``) narrows the categories its fields may
belong to. Symbols match on dotted boundaries from the right, so ``crm.models.Record.email``
binds ``contact_centre.crm.models.Record.email`` too.
"""

from __future__ import annotations

from collections.abc import Sequence

from privlint.catalog import Catalog
from privlint.checks.base import ClassifiedField
from privlint.classify import Classification, classify_field
from privlint.facts import FieldFact, FileFacts
from privlint.findings import Explanation
from privlint.manifest.model import Binding, Manifest


def symbol_matches(symbol: str, target: str) -> bool:
    """True if ``target`` names ``symbol`` exactly or as a dotted suffix."""
    return symbol == target or symbol.endswith("." + target)


def find_binding(symbol: str, bindings: Sequence[Binding]) -> Binding | None:
    """The most specific (longest) binding naming ``symbol``."""
    matches = [b for b in bindings if symbol_matches(symbol, b.target)]
    return max(matches, key=lambda b: len(b.target)) if matches else None


def _class_symbol(fact: FieldFact) -> str:
    return fact.symbol.rsplit(".", 1)[0]


def classify_with_manifest(
    fact: FieldFact, manifest: Manifest | None, catalog: Catalog
) -> Classification | None:
    """The element for one field, with the manifest's bindings applied and explained."""
    field_binding = find_binding(fact.symbol, manifest.bindings) if manifest else None
    class_binding = None
    if manifest is not None and fact.owner and fact.kind == "field":
        candidate = find_binding(_class_symbol(fact), manifest.bindings)
        if candidate is not None and candidate is not field_binding:
            class_binding = candidate
    path = manifest.path if manifest else "privacy.toml"

    if field_binding is not None:
        where = f'[bindings] "{field_binding.target}" ({path}:{field_binding.span.line})'
        if field_binding.not_personal:
            return None
        element = field_binding.value or ""
        elements = catalog.elements
        result = Classification(
            element=element,
            confidence=1.0,
            sensitivity=elements.sensitivity(element) if element in elements else "medium",
            special=_is_special(element, manifest, catalog),
            source="binding",
            explanation=Explanation((("binding", f"{where} binds it to {element}"),)),
        )
    else:
        result = classify_field(fact, catalog)
        if result is None:
            return None
    if class_binding is not None and class_binding.value and result.category_hint is None:
        note = (
            f'class binding "{class_binding.target}" ({path}:{class_binding.span.line}) '
            f"places it in category {class_binding.value}"
        )
        result = _with_hint(result, class_binding.value, note)
    return result


def _with_hint(result: Classification, category: str, note: str) -> Classification:
    from dataclasses import replace

    return replace(
        result, category_hint=category, explanation=result.explanation.add("binding", note)
    )


def _is_special(element: str, manifest: Manifest | None, catalog: Catalog) -> bool:
    if manifest is not None:
        for key, decl in manifest.elements.items():
            if decl.special and (element == key or element.startswith(key + ".")):
                return True
    return element in catalog.elements and catalog.elements.is_special(element)


def resolve_fields(
    files: Sequence[FileFacts],
    manifest: Manifest | None,
    catalog: Catalog,
    kinds: frozenset[str] | None = None,
) -> list[ClassifiedField]:
    """Every extracted field of ``kinds`` (default: all) that holds personal data."""
    out: list[ClassifiedField] = []
    for facts in files:
        for fact in facts.fields:
            if kinds is not None and fact.kind not in kinds:
                continue
            classification = classify_with_manifest(fact, manifest, catalog)
            if classification is not None:
                out.append(
                    ClassifiedField(fact=fact, path=facts.path, classification=classification)
                )
    return out
