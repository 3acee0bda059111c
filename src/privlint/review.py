"""Fields to review: on records about a person, but matched by no catalogue pattern.

Names alone cannot know every domain (an optician's ``sph_left``, a meter's ``import_kwh``),
so rather than stay silent the inventory can list what a privacy reviewer should look at: the
value fields of records that are about a person (a person object or record, or one linked to
a person) which the detector left unclassified. Identifiers, relations, timestamps, flags,
configuration and organisation or product records are left out. A reviewer then binds each
one (``[bindings]``, ``# privlint: element=...``), marks it not personal, or adds the
domain's words to a rule pack. Candidates are not findings and never fail a run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from privlint.catalog import Catalog
from privlint.checks.base import ClassifiedField
from privlint.facts import FieldFact, FileFacts
from privlint.manifest.model import Manifest
from privlint.record_context import about_person, linked_records, shared_records
from privlint.resolve import class_symbol, classify_with_manifest, find_binding, person_records
from privlint.words import is_constant_name, split_words

TIME_WORDS = frozenset({"at", "on", "date", "time", "timestamp", "ts", "when", "since", "until"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A field a reviewer should look at, and why privlint thinks so."""

    fact: FieldFact
    path: str
    why: str


def review_candidates(
    files: Sequence[FileFacts],
    fields: Sequence[ClassifiedField],
    catalog: Catalog,
    manifest: Manifest | None = None,
    context: Sequence[FileFacts] = (),
) -> list[Candidate]:
    """Unclassified value fields of records about a person, in file and line order.

    ``context``: more files whose classes can make a record a person's; none of their own
    fields are queued (``privlint inventory --context``)."""
    elements = catalog.elements
    voc = elements.vocabulary
    skip_types = voc.type_groups.get("boolean", frozenset()) | voc.type_groups.get(
        "date", frozenset()
    )
    found = {id(item.fact) for item in fields}
    linked = linked_records(fields)
    shared = shared_records(fields, catalog)
    records = person_records([*files, *context], voc)
    out: list[Candidate] = []
    for facts in files:
        for fact in facts.fields:
            if fact.kind != "field" or not fact.owner or id(fact) in found or fact.related:
                continue
            if fact.inline is not None or is_constant_name(fact.name):
                continue  # a comment already says what it is
            if fact.name.startswith("_") or set(fact.types) & skip_types:
                continue
            words = split_words(fact.name)
            if not words or words[-1] in voc.identifier_words or words[-1] in TIME_WORDS:
                continue
            if words[-1] in voc.review_skip_words:
                continue  # a count, code, price or state of the record itself
            if manifest is not None and find_binding(fact.symbol, manifest.bindings):
                continue
            whose = about_person(fact, records, linked, catalog)
            if whose is not None:
                alone = classify_with_manifest(fact, None, catalog)
                if alone is None:
                    why = f"{whose}; no catalogue pattern matches '{fact.name}'"
                    if fact.owner and class_symbol(fact) in shared:
                        why += f"; {shared[class_symbol(fact)]}"
                else:  # a hashed column, a service's login: `privlint explain` says why
                    why = (
                        f"{whose}; '{fact.name}' matches {alone.element} alone, but the "
                        "project pass set it aside (see `privlint explain`)"
                    )
                out.append(Candidate(fact=fact, path=facts.path, why=why))
    return sorted(out, key=lambda c: (c.path, c.fact.span.line, c.fact.symbol))
