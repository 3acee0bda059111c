"""Resolve each extracted field to a personal-data element: binding > inline > detection.

``[bindings]`` in privacy.toml wins over everything (``"mod.Class.field" = "contact.email"`` or
``false``); a class binding (``"mod.Class" = "crm"``) narrows the categories its fields may
belong to. Symbols match on dotted boundaries from the right, so ``crm.models.Record.email``
binds ``contact_centre.crm.models.Record.email`` too.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from privlint.catalog import Catalog
from privlint.catalog.elements import Vocabulary
from privlint.checks.base import ClassifiedField
from privlint.classify import (
    Classification,
    classify_field,
    module_of,
    names_person,
    person_class,
    read_context,
)
from privlint.classify.patterns import type_names
from privlint.facts import FieldFact, FileFacts
from privlint.findings import Explanation
from privlint.manifest.model import Binding, Manifest
from privlint.words import snake_case, split_words


def symbol_matches(symbol: str, target: str) -> bool:
    """True if ``target`` names ``symbol`` exactly or as a dotted suffix."""
    return symbol == target or symbol.endswith("." + target)


def find_binding(symbol: str, bindings: Sequence[Binding]) -> Binding | None:
    """The most specific (longest) binding naming ``symbol``."""
    matches = [b for b in bindings if symbol_matches(symbol, b.target)]
    return max(matches, key=lambda b: len(b.target)) if matches else None


def class_symbol(fact: FieldFact) -> str:
    """``mod.Class`` of a field ``mod.Class.field``."""
    return fact.symbol.rsplit(".", 1)[0]


def classify_with_manifest(
    fact: FieldFact, manifest: Manifest | None, catalog: Catalog, record: str | None = None
) -> Classification | None:
    """The element for one field, with the manifest's bindings applied and explained."""
    field_binding = find_binding(fact.symbol, manifest.bindings) if manifest else None
    class_binding = None
    if manifest is not None and fact.owner and fact.kind == "field":
        candidate = find_binding(class_symbol(fact), manifest.bindings)
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
        result = classify_field(fact, catalog, record)
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
    return replace(
        result, category_hint=category, explanation=result.explanation.add("binding", note)
    )


def _is_special(element: str, manifest: Manifest | None, catalog: Catalog) -> bool:
    if manifest is not None:
        for key, decl in manifest.elements.items():
            if decl.special and (element == key or element.startswith(key + ".")):
                return True
    return element in catalog.elements and catalog.elements.is_special(element)


PERSON_ID = "identity.person_id"


def _class_fields(files: Sequence[FileFacts]) -> Iterator[tuple[str, str, FieldFact]]:
    """Every class-level field: (class name, normalised field name, fact)."""
    for facts in files:
        for fact in facts.fields:
            if fact.kind == "field" and fact.owner:
                yield fact.owner.rsplit(".", 1)[-1], " ".join(split_words(fact.name)), fact


def person_records(
    files: Sequence[FileFacts], vocabulary: Vocabulary
) -> dict[str, tuple[str, ...]]:
    """Classes of this project whose own field names show they describe a person.

    A class with fields of two or more kinds from ``[records]`` in ``_global.toml`` (a name
    and an e-mail, a phone and a date of birth ...) is a person record whatever it is called
    (``Supporter``, ``Adjuster``, ``Client``), unless its name says it is an organisation or a
    place, or it connects to a service (``connection_fields``: an upstream server's ``name``
    and ``username`` beside its ``base_url``). A date of birth or a national id beside them
    outweighs an organisation's name or a firm's field: a market ``Trader`` with a national
    insurance number is a sole trader, a person (an animal's or a product's record stays
    theirs: a horse has a passport too).
    Returns class name -> the kinds of evidence found.
    """
    kinds: dict[str, set[str]] = {}
    connections: set[str] = set()
    for owner, name, _ in _class_fields(files):
        kind = vocabulary.record_fields.get(name)
        if kind is not None:
            kinds.setdefault(owner, set()).add(kind)
        if name in vocabulary.connection_fields:
            connections.add(owner)  # an upstream server's name and username are its own
    things = thing_records(files, vocabulary)
    animals = animal_records(files, vocabulary)
    records = {}
    for owner, found in kinds.items():
        if len(found) < 2 or owner in connections:
            continue
        words = split_words(owner)
        if owner in animals or words[-1] in vocabulary.thing_objects:
            continue
        organisation = owner in things or set(words) & vocabulary.organisation_objects
        if organisation and not found & _ONLY_A_PERSON:
            continue
        head = list(words)
        while len(head) > 1 and head[-1] in vocabulary.class_suffixes:
            head.pop()  # EventSerializer -> event
        if head[-1] in vocabulary.not_person_objects and not found & _ONLY_A_PERSON:
            continue  # an Event, a Template, an IgnoreEmail rule: not a person's record
        records[owner] = tuple(sorted(found))
    return records


# Kinds of [records] evidence no organisation has: a birth date, a national id.
_ONLY_A_PERSON = frozenset({"birth", "national_id"})


# What a call at a person's door records of them: who and where they are, how to get in, notes.
_AT_THE_DOOR = frozenset({"identity", "contact", "location", "content", "credentials"})


def visit_records(out: Sequence[ClassifiedField], vocabulary: Vocabulary) -> dict[str, str]:
    """Class symbol -> why: records of a call at a person's door (``visit_objects``, a
    round's ``RouteStop``) that a field links to a person (``customer_id``, ``reader_name``).
    Their name, address, position, door code and notes are that person's, though a stop is
    otherwise a place; its other values (a stop's position in the round) stay its own."""
    found: dict[str, str] = {}
    for item in out:
        fact = item.fact
        if fact.kind != "field" or not fact.owner or class_symbol(fact) in found:
            continue
        element = item.classification.element
        if element != PERSON_ID and element.split(".")[:2] != ["identity", "name"]:
            continue
        words = list(split_words(fact.owner.rsplit(".", 1)[-1]))
        while len(words) > 1 and words[-1] in vocabulary.class_suffixes:
            words.pop()  # StopSchema, RouteStopOut
        if words and words[-1] in vocabulary.visit_objects:
            found[class_symbol(fact)] = (
                f"is a call at a person's door: its field '{fact.name}' names whom it visits"
            )
    return found


def thing_records(files: Sequence[FileFacts], catalog: Catalog | Vocabulary) -> frozenset[str]:
    """Classes with a field only a product, animal, place or organisation has (``breed``,
    ``allergens``, ``opening_hours``, ``vat_number``): never person records, whatever their
    other field names look like (a Dog's ``date_of_birth``, a Supplier's ``email``). A class
    named as a person's (``BillingProfile``) keeps its reading, unless it has a field only a
    firm has (``organisation_fields``: a tax Agent's ``firm_name``)."""
    elements = catalog.elements if isinstance(catalog, Catalog) else None
    vocabulary = elements.vocabulary if elements is not None else catalog
    found = set()
    firms = set()
    for owner, name, _ in _class_fields(files):
        if name in vocabulary.thing_fields:
            found.add(owner)
        if name in vocabulary.organisation_fields:
            firms.add(owner)
    if elements is not None:
        found = {owner for owner in found if not person_class(owner, elements)}
    return frozenset(found | firms)


def animal_records(files: Sequence[FileFacts], vocabulary: Vocabulary) -> dict[str, str]:
    """Classes with a field only an animal has (``breed``, ``species``): class -> that field.
    An animal has no e-mail, phone, address or position of its own, so on its record (a pet,
    a quote request for one, a wildlife sighting) those stay its owner's or observer's."""
    found: dict[str, str] = {}
    for owner, name, fact in _class_fields(files):
        if name in vocabulary.animal_fields:
            found.setdefault(owner, fact.name)
    return found


_OWNERS_ELEMENTS = ("contact.", "location.")


@dataclass(frozen=True, slots=True)
class ProjectContext:
    """What the project's other classes say about a field's class: computed once per run."""

    things: frozenset[str]
    thing_heads: frozenset[str]
    animals: dict[str, str]

    @classmethod
    def build(cls, files: Sequence[FileFacts], catalog: Catalog) -> ProjectContext:
        things = thing_records(files, catalog)
        heads = frozenset(split_words(owner)[-1] for owner in things if split_words(owner))
        return cls(things, heads, animal_records(files, catalog.elements.vocabulary))

    def _owners_value(self, owner: str, element: str) -> str | None:
        """The animal field of ``owner`` when ``element`` is a contact or position its owner
        has (an animal has none of its own), else None."""
        if owner not in self.things or not element.startswith(_OWNERS_ELEMENTS):
            return None
        return self.animals.get(owner)

    def veto(self, fact: FieldFact, element: str, catalog: Catalog) -> str | None:
        """Why a detector match on this field is dropped in the project pass, or None."""
        owner = (fact.owner or "").rsplit(".", 1)[-1]
        if owner in self.things and not fact.related and not names_person(fact.name, catalog):
            if element == PERSON_ID and _typed_with_person(fact, catalog):
                return None  # attendees: list[Attendee] links to people, like a relation
            if self._owners_value(owner, element) is not None:
                return None
            return (
                f"class '{owner}' has a field only a product, animal, place or organisation "
                "has: its values are the record's own, and only fields naming a person are "
                "personal data"
            )
        if element.startswith("online.") and _links_thing(fact, self.thing_heads):
            return (
                f"'{fact.name}' links to this project's '{split_words(fact.name)[0]}' record, "
                "a thing (it has a capacity, a breed ...), not a web or device id"
            )
        return None

    def keeps(self, fact: FieldFact, element: str) -> str | None:
        """The step saying why an animal record's contact or position field stays personal."""
        owner = (fact.owner or "").rsplit(".", 1)[-1]
        animal = self._owners_value(owner, element)
        if animal is None:
            return None
        return (
            f"class '{owner}' describes an animal (field '{animal}'): an animal has no "
            "e-mail, phone, address or position of its own, so this is its owner's or "
            "observer's"
        )


def _typed_with_person(fact: FieldFact, catalog: Catalog) -> bool:
    """Whether a type of the field is a class named as a person (``list[Attendee]``)."""
    return any(person_class(name, catalog.elements) for name in type_names(fact.types))


def _links_thing(fact: FieldFact, thing_heads: frozenset[str]) -> bool:
    """``session_id`` / ``session`` where this project's Session (or ClubSession) is a thing
    record (it has a capacity, a breed ...): a link to that record, not a web or device id."""
    words = split_words(fact.name)
    if words and words[-1] in ("id", "ids", "uuid", "pk", "fk"):
        words = words[:-1]
    return len(words) == 1 and words[0] in thing_heads


@lru_cache(maxsize=4096)
def _table_names(record: str) -> tuple[str, ...]:
    """The table names an ORM would likely give class ``record``: ``Governor`` -> governor,
    governors; ``FamilyParty`` -> family_party, family_parties."""
    snake = snake_case(record)
    plural = snake[:-1] + "ies" if snake.endswith("y") else snake + "s"
    return (snake, plural, snake + "es")


def link_to_person(
    fact: FieldFact, records: dict[str, tuple[str, ...]], catalog: Catalog
) -> str | None:
    """The person record a field links to: by its relation target, its type (``holder:
    Paddler``, ``crew: list[Paddler]``, not in a configuration class), or ``<record>_id``
    naming."""
    if fact.kind != "field":
        return None
    owner = (fact.owner or "").rsplit(".", 1)[-1]
    if fact.related:
        target = fact.related.rsplit(".", 1)[-1]
        if target not in records:  # ForeignKey("governors.id") names the table
            target = next((r for r in records if target in _table_names(r)), target)
        return target if target in records and target != owner else None
    typed = [t for t in sorted(type_names(fact.types)) if t in records and t != owner]
    if typed and not _configuration(fact, catalog) and not _handler(owner, catalog):
        return typed[0]
    stem = fact.name[:-3] if fact.name.endswith("_id") else None
    if stem:
        for record in records:
            if snake_case(record) == stem and record != fact.owner:
                return record
    return None


_ID_ENDINGS = ("_id", "_uuid")

# One-to-one relations: a record that has one of these to a person is that person's own.
_ONE_TO_ONE = frozenset({"OneToOneField", "TreeOneToOneField"})
# Names of the one-to-one link by which a record extends a person's account.
_ACCOUNT_LINKS = frozenset({"user", "person", "account"})


def extension_records(
    out: Sequence[ClassifiedField], records: dict[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    """Classes that extend a person's record one to one (Modoboa's ``Mailbox`` with
    ``user = OneToOneField(User)``, a ``Member`` or ``Account`` beside the user): a link to
    one of them is a link to that person, though its own fields name no person. Only the
    links are read this way; the class's own fields keep their reading."""
    found: dict[str, tuple[str, ...]] = {}
    for item in out:
        fact = item.fact
        if item.classification.element != PERSON_ID or not fact.owner:
            continue
        if not _ONE_TO_ONE.intersection(fact.types):
            continue
        words = [w for w in split_words(fact.name) if w not in ("id", "pk")]
        if not words or words[-1] not in _ACCOUNT_LINKS:
            continue  # an organisation's created_by is who made it, not whose it is
        owner = fact.owner.rsplit(".", 1)[-1]
        if owner not in records and owner not in found:
            found[owner] = (f"it extends a person's record one to one (its '{fact.name}')",)
    return found


def named_person_classes(files: Sequence[FileFacts], catalog: Catalog) -> dict[str, str]:
    """``client`` -> ``ClientSummary``: this project's classes named as a person and nothing
    more (framework suffixes aside), by the snake-case stem a ``<stem>_id`` would use. A class
    with a field only a firm or a thing has (a ``Client`` with a VAT number, a company name or
    a contact person) is left out.

    A ``client_id`` alone is as often an OAuth client's as a person's; in a project whose
    ``ClientSummary`` or ``ClientCreate`` schema describes a person, it is that person's.
    """
    from privlint.classify.context import _head_words, config_class, person_class

    elements = catalog.elements
    things = thing_records(files, catalog)
    firm_fields = elements.vocabulary.firm_contact_fields
    firms = {owner for owner, name, _ in _class_fields(files) if name in firm_fields}
    named: dict[str, str] = {}
    for facts in files:
        for cls in facts.classes:
            words = _head_words(cls.name, elements)
            if len(words) != 1 or cls.name in things | firms:
                continue
            if not person_class(cls.name, elements):
                continue
            if config_class(cls.name, cls.bases, facts.module, elements):
                continue
            named.setdefault(words[0], cls.name)
    return named


def link_by_class_name(fact: FieldFact, named: dict[str, str], catalog: Catalog) -> str | None:
    """The person class a ``<stem>_id`` names when no record's fields proved it a person."""
    from privlint.classify.context import _head_words, config_class

    if fact.kind != "field" or fact.related or not fact.name.endswith(_ID_ENDINGS):
        return None
    stem = fact.name.rsplit("_", 1)[0]
    target = named.get(stem)
    owner = (fact.owner or "").rsplit(".", 1)[-1]
    if target is None or _head_words(owner, catalog.elements) == (stem,):
        return None  # no such class, or the class's own key (Client.client_id)
    if config_class(owner, fact.owner_bases, None, catalog.elements):
        return None  # a settings class's client_id is the service's OAuth client
    return target


def _handler(owner: str, catalog: Catalog) -> bool:
    """A view or handler class (``LoginView.input: LoginInput`` holds the request's form)."""
    words = split_words(owner)
    return bool(words) and words[-1] in catalog.elements.vocabulary.handler_objects


def _configuration(fact: FieldFact, catalog: Catalog) -> bool:
    """Whether the field's class holds configuration (a CDN config's pool of ``origins``)."""
    owner, bases = fact.owner, fact.owner_bases
    return read_context(owner, bases, catalog.elements, "field", module_of(fact)).is_config


def _linked(fact: FieldFact, record: str, why: str, catalog: Catalog) -> Classification:
    elements = catalog.elements
    if fact.related:
        how = f"relationship to '{record}'"
    elif record in type_names(fact.types):
        how = f"typed with '{record}'"
    else:
        how = f"name '{fact.name}' refers to '{record}'"
    steps = (
        ("words", f"'{fact.name}'"),
        (
            "related",
            f"{how}, a person record in this project ({why}) -> {PERSON_ID}",
        ),
    )
    return Classification(
        element=PERSON_ID,
        confidence=0.8,
        sensitivity=elements.sensitivity(PERSON_ID) if PERSON_ID in elements else "low",
        special=False,
        source="detector",
        explanation=Explanation(steps),
    )


def resolve_fields(
    files: Sequence[FileFacts],
    manifest: Manifest | None,
    catalog: Catalog,
    kinds: frozenset[str] | None = None,
) -> list[ClassifiedField]:
    """Every extracted field of ``kinds`` (default: all) that holds personal data.

    Two passes: each field on its own; then, for classes the first pass showed to be person
    records (two or more kinds of identifying data), their other fields read permissively, and
    links (foreign keys, ``<record>_id``) to them, which no name pattern could know.
    """
    out: list[ClassifiedField] = []
    unmatched: list[tuple[str, FieldFact]] = []
    project = ProjectContext.build(files, catalog)
    for facts in files:
        for fact in facts.fields:
            if kinds is not None and fact.kind not in kinds:
                continue
            classification = classify_with_manifest(fact, manifest, catalog)
            if classification is not None and classification.source == "detector":
                if project.veto(fact, classification.element, catalog) is not None:
                    continue  # a thing record's own value, a link to a thing record
                kept = project.keeps(fact, classification.element)
                if kept is not None:
                    steps = (*classification.explanation.steps, ("context", kept))
                    classification = replace(classification, explanation=Explanation(steps))
            if classification is not None:
                out.append(
                    ClassifiedField(fact=fact, path=facts.path, classification=classification)
                )
            elif fact.kind == "field" and not (fact.inline and fact.inline.not_personal):
                unmatched.append((facts.path, fact))
    from privlint.record_context import (
        address_parts,
        address_siblings,
        free_text,
        machine_values,
    )

    records = person_records(files, catalog.elements.vocabulary)
    extensions = extension_records(out, records)
    named = named_person_classes(files, catalog)
    visits = visit_records(out, catalog.elements.vocabulary)
    still: list[tuple[str, FieldFact]] = []
    if records or named or visits or extensions:
        for path, fact in unmatched:
            if manifest is not None and find_binding(fact.symbol, manifest.bindings):
                continue  # bound explicitly (to false): the manifest has the last word
            owner = (fact.owner or "").rsplit(".", 1)[-1]
            classification = None
            if owner in records:
                evidence = "is a person record: its own fields hold fields of kinds "
                evidence += ", ".join(records[owner])
                classification = classify_with_manifest(fact, manifest, catalog, evidence)
            elif class_symbol(fact) in visits:
                evidence = visits[class_symbol(fact)]
                classification = classify_with_manifest(fact, manifest, catalog, evidence)
                if classification and classification.element.split(".")[0] not in _AT_THE_DOOR:
                    classification = None
            if classification is None:
                target = link_to_person(fact, records, catalog)
                if target is not None:
                    why = "it has fields of kinds " + ", ".join(records[target])
                    classification = _linked(fact, target, why, catalog)
            if classification is None:
                target = link_to_person(fact, extensions, catalog)
                if target is not None:
                    why = extensions[target][0]
                    classification = _linked(fact, target, why, catalog)
            if classification is None:
                target = link_by_class_name(fact, named, catalog)
                if target is not None:
                    why = f"the class name '{target}' names a person"
                    classification = _linked(fact, target, why, catalog)
            if classification is not None:
                out.append(ClassifiedField(fact=fact, path=path, classification=classification))
            else:
                still.append((path, fact))
    else:
        still = unmatched
    out, still = address_siblings(out, still, catalog)
    out.extend(free_text(still, out, records, manifest, catalog, files))
    from privlint.record_context import as_model_fields

    out = machine_values(address_parts(out, files, catalog), records, catalog, files)
    return as_model_fields(out, files)
