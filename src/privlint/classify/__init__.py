"""Classification: from a field's name, class context and types to a personal-data element.

The pipeline follows what the best scanners do, plus Python's types: normalise the name into
words; skip constants; read the owner class (a person object gets the permissive patterns);
apply the identifier rule (``*_id`` is only ever an identifier); match word patterns from the
catalogue; veto matches with exclusion words (``password_hash`` is not a password) and type
gates (a ``bool`` is never an e-mail address); let strong types (``EmailStr``) and field
metadata (``help_text``) add evidence. Every decision is recorded as an Explanation step so a
user can see why a field was, or was not, called personal data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from privlint.catalog.elements import ElementCatalog
from privlint.classify.context import (
    Context,
    _elements,
    config_class,
    person_class,
    read_context,
)
from privlint.classify.decide import (
    PERSON_ID,
    THRESHOLD,
    Classification,
    _classify_cached,
    names_person,
)
from privlint.classify.patterns import type_names
from privlint.findings import Explanation

if TYPE_CHECKING:
    from privlint.catalog import Catalog
    from privlint.facts import FieldFact

__all__ = [
    "PERSON_ID",
    "THRESHOLD",
    "Classification",
    "Context",
    "bound",
    "classify_field",
    "classify_name",
    "config_class",
    "explain_field",
    "explain_name",
    "module_of",
    "names_person",
    "person_class",
    "read_context",
    "type_names",
]


def explain_name(
    name: str,
    catalog: Catalog | ElementCatalog,
    *,
    owner: str | None = None,
    owner_bases: tuple[str, ...] = (),
    types: tuple[str, ...] = (),
    kind: str = "field",
    related: str | None = None,
    metadata: tuple[tuple[str, str], ...] = (),
    module: str | None = None,
    record: str | None = None,
    mapping_key: bool = False,
) -> tuple[Classification | None, Explanation]:
    """Like :func:`classify_name`, but also explains a "not personal data" outcome.

    ``record`` says why the owner class is about a person though its name does not say so, as
    a clause after the class name ("is a person record: its own fields hold ..."); the name is
    then read with permissive patterns. ``mapping_key`` says the name is a key of a mapping (a
    TypedDict's ``DOB``), which is no constant however it is spelled.
    """
    return _classify_cached(
        name,
        _elements(catalog),
        owner,
        tuple(owner_bases),
        tuple(types),
        kind,
        related,
        tuple(metadata),
        module,
        record,
        mapping_key,
    )


def classify_name(
    name: str,
    catalog: Catalog | ElementCatalog,
    *,
    owner: str | None = None,
    owner_bases: tuple[str, ...] = (),
    types: tuple[str, ...] = (),
    kind: str = "field",
) -> Classification | None:
    """Classify a bare name (``email``), optionally read from an owner (``customer``)."""
    return explain_name(
        name, catalog, owner=owner, owner_bases=owner_bases, types=types, kind=kind
    )[0]


def explain_field(
    fact: FieldFact, catalog: Catalog | ElementCatalog, record: str | None = None
) -> tuple[Classification | None, Explanation]:
    """Classify a field fact and always return the reasoning (for ``privlint explain``)."""
    cat = _elements(catalog)
    inline = fact.inline
    if inline is not None and inline.not_personal:
        line = fact.span.line
        return None, Explanation(
            (("inline", f"'# privlint: not-personal' at line {line}: not personal data"),)
        )
    if inline is not None and inline.element:
        return (result := bound(inline.element, cat, "inline", fact, inline.category)), (
            result.explanation
        )
    result, explanation = explain_name(
        fact.name,
        cat,
        owner=fact.owner,
        owner_bases=fact.owner_bases,
        types=fact.types,
        kind=fact.kind,
        related=fact.related,
        metadata=fact.metadata,
        module=module_of(fact),
        record=record,
        mapping_key=fact.framework in _KEYED,
    )
    if result is not None and inline is not None and inline.category:
        result = Classification(
            result.element,
            result.confidence,
            result.sensitivity,
            result.special,
            result.source,
            result.explanation.add("inline", f"category '{inline.category}' from the comment"),
            category_hint=inline.category,
        )
    return result, explanation


# Shapes whose field names are a mapping's keys (a CSV row's "DOB"), not attributes.
_KEYED = frozenset({"typeddict", "dict"})


def module_of(fact: FieldFact) -> str | None:
    """The module a class-level field is declared in, from its symbol ``mod.Class.field``."""
    tail = f".{fact.owner}.{fact.name}" if fact.owner else f".{fact.name}"
    return fact.symbol[: -len(tail)] if fact.symbol.endswith(tail) else None


def classify_field(
    fact: FieldFact, catalog: Catalog | ElementCatalog, record: str | None = None
) -> Classification | None:
    """The element of a field fact: the inline annotation wins, otherwise detection."""
    return explain_field(fact, catalog, record)[0]


def bound(
    element: str,
    catalog: Catalog | ElementCatalog,
    source: str,
    fact: FieldFact | None = None,
    category: str | None = None,
    where: str | None = None,
) -> Classification:
    """A classification given explicitly (inline comment or a manifest binding)."""
    cat = _elements(catalog)
    if source == "inline":
        line = fact.span.line if fact is not None else "?"
        text = f"'# privlint: element={element}' at line {line}"
    else:
        text = f"binding {where or ''}".strip()
    steps = [(source, f"{text} -> {element}")]
    if element in cat:
        steps.append(("catalogue", f"{element} is defined in {cat.source_of(element)}"))
    else:
        steps.append(("catalogue", f"{element} is not in the built-in catalogue (project key)"))
    return Classification(
        element=element,
        confidence=1.0,
        sensitivity=cat.sensitivity(element) if element in cat else "medium",
        special=cat.is_special(element) if element in cat else False,
        source=source,
        explanation=Explanation(tuple(steps)),
        category_hint=category,
    )
