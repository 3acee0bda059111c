"""Record context: what a field's record says about it, after every field was read alone.

A record is *about a person* when it is a person object or record, or one of its fields links
to a person or identifies one. On such a record free text is content written by or about
them (``free_text``), and the review queue lists the values no pattern matched
(``privlint.review``). A city with no street or postcode beside it is where a person is, not
a line of an address (``address_parts``); a ``state`` beside another part of an address is
its region (``address_siblings``). An IP or MAC address and a last-seen time are a machine's
when nothing else on the record is personal and it is no person's record (``machine_values``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from privlint.catalog import Catalog
from privlint.checks.base import ClassifiedField
from privlint.classify import Classification, module_of, read_context
from privlint.classify.context import _head_words
from privlint.facts import FieldFact, FileFacts
from privlint.findings import Explanation
from privlint.manifest.model import Manifest
from privlint.resolve import (
    PERSON_ID,
    ProjectContext,
    class_symbol,
    find_binding,
    person_records,
)
from privlint.words import snake_case, split_words


def linked_records(
    out: Sequence[ClassifiedField], files: Sequence[FileFacts] = ()
) -> dict[str, str]:
    """Class symbol -> why its record is about a person: one of its fields links to a person
    (``author = ForeignKey(User)``) or identifies one (``collected_by_name``, an e-mail), or
    it extends a class of ``files`` that does (django-otp's ``TOTPDevice(Device)`` has the
    ``user`` its base declares)."""
    why: dict[str, str] = {}
    for item in out:
        if not item.fact.owner or item.fact.kind != "field":
            continue
        owner = class_symbol(item.fact)
        element = item.classification.element
        if owner in why:
            continue
        if element == PERSON_ID:
            why[owner] = f"its field '{item.fact.name}' links it to a person"
        elif element in _IDENTIFYING:
            why[owner] = f"its field '{item.fact.name}' identifies a person ({element})"
    return _inherited(why, files) if files and why else why


def _inherited(why: dict[str, str], files: Sequence[FileFacts]) -> dict[str, str]:
    """``why`` with the project's subclasses of its classes added (bases matched by class
    name, through up to three levels of inheritance)."""
    by_name: dict[str, list[str]] = {}
    for symbol in why:
        by_name.setdefault(symbol.rsplit(".", 1)[-1], []).append(symbol)
    classes = [cls for facts in files for cls in facts.classes]
    for _ in range(3):
        added = False
        for cls in classes:
            if cls.symbol in why:
                continue
            for base in cls.bases:
                name = base.rsplit(".", 1)[-1]
                parent = next((s for s in by_name.get(name, ()) if s != cls.symbol), None)
                if parent is not None:
                    reason = why[parent].removeprefix("it extends ").split(": ", 1)[-1]
                    why[cls.symbol] = f"it extends '{name}': {reason}"
                    by_name.setdefault(cls.name, []).append(cls.symbol)
                    added = True
                    break
        if not added:
            break
    return why


# Values that identify a person on their own: a record holding one is about that person.
_IDENTIFYING = frozenset(
    {"identity.name", "identity.name.first", "identity.name.last", "contact.email", "contact.phone"}
)


def about_person(
    fact: FieldFact,
    records: dict[str, tuple[str, ...]],
    linked: dict[str, str],
    catalog: Catalog,
) -> str | None:
    """Why the record ``fact`` sits on is about a person, or None (also for configuration,
    organisation, place and product records)."""
    context = read_context(fact.owner, fact.owner_bases, catalog.elements, "field", module_of(fact))
    if context.is_config or context.is_thing:
        return None
    owner = (fact.owner or "").rsplit(".", 1)[-1]
    if context.is_person:
        return context.text.split(":")[0]
    if owner in records:
        return f"class '{owner}' is a person record (fields of kinds {', '.join(records[owner])})"
    if class_symbol(fact) in linked:
        return f"class '{owner}' is about a person: {linked[class_symbol(fact)]}"
    return None


def _text_by_default(
    files: Sequence[FileFacts], long_text: frozenset[str], short: frozenset[str]
) -> set[str]:
    """Classes that store short values in long-text columns too (DICOM-style models where a
    manufacturer, a serial number and a name are all ``TextField``): there the type says
    nothing about free text."""
    counts: dict[str, int] = {}
    for facts in files:
        for fact in facts.fields:
            if fact.kind == "field" and fact.owner and long_text.intersection(fact.types):
                words = split_words(fact.name)
                if words and words[-1] in short:
                    key = class_symbol(fact)
                    counts[key] = counts.get(key, 0) + 1
    return {key for key, n in counts.items() if n >= 2}


def free_text(
    candidates: Sequence[tuple[str, FieldFact]],
    out: Sequence[ClassifiedField],
    records: dict[str, tuple[str, ...]],
    manifest: Manifest | None,
    catalog: Catalog,
    files: Sequence[FileFacts] = (),
) -> list[ClassifiedField]:
    """Free text (a ``TextField``, a ``Textarea``, a string called ``statement``) on a record
    about a person.

    A statement, a description of what happened or a cover letter has no telling name, but on
    a person's record, or one linked to a person, it is written by or about them. Organisation,
    product and configuration records, and names in ``free_text_exclude``, keep their reading.
    """
    elements = catalog.elements
    voc = elements.vocabulary
    long_text = voc.type_groups.get("long_text", frozenset())
    plain = voc.type_groups.get("plain_text", frozenset())
    if "content" not in elements.elements:
        return []
    linked = linked_records(out)
    shared = shared_records(out, catalog)
    by_default = _text_by_default(files, long_text, voc.short_value_words)
    found: list[ClassifiedField] = []
    for path, fact in candidates:
        if fact.kind != "field" or not fact.owner:
            continue
        words = split_words(fact.name)
        if not words or set(words) & voc.free_text_exclude or words[-1] in voc.identifier_words:
            continue
        text_type = next((t for t in fact.types if t in long_text), None)
        if text_type is not None and class_symbol(fact) in by_default:
            text_type = None
        if text_type is not None:
            evidence = f"'{text_type}' holds long free text"
        elif words[-1] in voc.free_text_words and (not fact.types or set(fact.types) & plain):
            evidence = f"'{words[-1]}' names free text"
        else:
            continue
        if manifest is not None and find_binding(fact.symbol, manifest.bindings):
            continue
        whose = about_person(fact, records, linked, catalog)
        if whose is None or class_symbol(fact) in shared:
            continue
        steps = (
            ("words", f"'{fact.name}': no catalogue pattern matches"),
            ("types" if text_type else "words", evidence),
            ("context", f"{whose} -> content written by or about them"),
        )
        classification = Classification(
            element="content",
            confidence=0.6,
            sensitivity=elements.sensitivity("content"),
            special=False,
            source="detector",
            explanation=Explanation(steps),
        )
        found.append(ClassifiedField(fact=fact, path=path, classification=classification))
    return found


_ADDRESS_PARTS = {
    "contact.postal_address.city",
    "contact.postal_address.country",
    "contact.postal_address.region",
}
COARSE = "location.coarse"
_ADDRESS = "contact.postal_address"


def address_siblings(
    out: list[ClassifiedField], still: list[tuple[str, FieldFact]], catalog: Catalog
) -> tuple[list[ClassifiedField], list[tuple[str, FieldFact]]]:
    """A ``state``, ``city``, ``country`` or ``street`` beside another part of the same postal
    address (the same prefix: ``state_2`` and ``zipcode_2``, ``invoice_to_state`` and
    ``invoice_to_city``) is that address's part, though alone it is a status or says nothing.

    Returns the classified fields, with such parts read as the address's, and the fields
    still unread."""
    elements = catalog.elements
    siblings = elements.vocabulary.address_siblings
    if not siblings:
        return out, still
    parts: dict[str, dict[tuple[str, ...], str]] = {}
    for item in out:
        name = split_words(item.fact.name)
        element = item.classification.element
        if item.fact.owner and name and element.startswith(_ADDRESS):
            parts.setdefault(class_symbol(item.fact), {}).setdefault(name[:-1], item.fact.name)
    if not parts:
        return out, still

    def part_of(fact: FieldFact) -> tuple[str, str] | None:
        """(element, the sibling's name) if ``fact`` is a part beside another one."""
        name = split_words(fact.name)
        if not fact.owner or not name or siblings.get(name[-1]) not in elements.elements:
            return None
        beside = parts.get(class_symbol(fact), {}).get(name[:-1])
        if beside is None or beside == fact.name:
            return None
        return siblings[name[-1]], beside

    def as_part(
        fact: FieldFact, found: tuple[str, str], before: Classification | None
    ) -> Classification:
        element, beside = found
        alone = ("words", f"'{fact.name}': alone, no catalogue pattern matches")
        steps = before.explanation.steps if before else (alone,)
        note = f"'{fact.name}' sits beside '{beside}', a part of the same postal address"
        return Classification(
            element=element,
            confidence=0.85,
            sensitivity=elements.sensitivity(element),
            special=False,
            source="detector",
            explanation=Explanation((*steps, ("context", f"{note} -> {element}"))),
        )

    result: list[ClassifiedField] = []
    for item in out:
        found = part_of(item.fact) if item.classification.source == "detector" else None
        if found is not None and not item.classification.element.startswith("contact."):
            item = replace(item, classification=as_part(item.fact, found, item.classification))
        result.append(item)
    left: list[tuple[str, FieldFact]] = []
    for path, fact in still:
        found = part_of(fact)
        if found is None:
            left.append((path, fact))
        else:
            classification = as_part(fact, found, None)
            result.append(ClassifiedField(fact=fact, path=path, classification=classification))
    return result, left


def address_parts(
    out: list[ClassifiedField], files: Sequence[FileFacts], catalog: Catalog
) -> list[ClassifiedField]:
    """A city, country or region in a class with no street or postcode line is where a person
    lives or is (``location.coarse``), not a line of a postal address."""
    if not any(item.classification.element in _ADDRESS_PARTS for item in out):
        return out
    elements = catalog.elements
    line_words = elements.vocabulary.address_line_words
    with_lines: set[str] = set()
    for facts in files:
        for fact in facts.fields:
            if fact.owner and not set(split_words(fact.name)).isdisjoint(line_words):
                with_lines.add(class_symbol(fact))
    if COARSE not in elements.elements:
        return out
    result = []
    for item in out:
        cls = item.classification
        owner = item.fact.owner
        if (
            cls.element in _ADDRESS_PARTS
            and cls.source == "detector"
            and owner
            and class_symbol(item.fact) not in with_lines
        ):
            note = (
                f"class '{owner.rsplit('.', 1)[-1]}' has no street, address or postcode field: "
                f"the {cls.element.rsplit('.', 1)[-1]} is where the person is -> {COARSE}"
            )
            cls = replace(
                cls,
                element=COARSE,
                sensitivity=elements.sensitivity(COARSE),
                explanation=cls.explanation.add("context", note),
            )
            item = replace(item, classification=cls)
        result.append(item)
    return result


# Values a machine has as much as a person: a controller's IP and MAC address, when it was
# last seen. Personal data only beside something that ties the record to a person.
_MACHINE = frozenset({"online.ip_address", "online.mac_address"})
_SEEN = frozenset({"seen"})
# ... unless the name says it is the other end of a connection: a client's, a visitor's
_CLIENT = frozenset({"remote", "client", "user", "visitor", "customer", "caller", "source"})


def _machine_value(item: ClassifiedField) -> bool:
    element = item.classification.element
    if element in _MACHINE:
        return _CLIENT.isdisjoint(split_words(item.fact.name))
    return element == "behaviour.activity" and not _SEEN.isdisjoint(split_words(item.fact.name))


def machine_records(
    out: Sequence[ClassifiedField], records: dict[str, tuple[str, ...]], catalog: Catalog
) -> dict[str, str]:
    """Class symbol -> why its IP/MAC addresses and last-seen times are a machine's: its name
    says it is a machine (``machine_objects``: a prop controller, a network device), every
    personal-looking field it has is one of those, and it is no person's record."""
    by_class: dict[str, list[ClassifiedField]] = {}
    for item in out:
        if item.fact.owner and item.fact.kind == "field":
            by_class.setdefault(class_symbol(item.fact), []).append(item)
    why: dict[str, str] = {}
    machine_words = catalog.elements.vocabulary.machine_objects
    for symbol, items in by_class.items():
        owner = symbol.rsplit(".", 1)[-1]
        if machine_words.isdisjoint(split_words(owner)):
            continue  # a Visit's IP address is a visitor's
        if not all(_machine_value(i) and i.classification.source == "detector" for i in items):
            continue
        if about_person(items[0].fact, records, {}, catalog) is not None:
            continue
        why[symbol] = (
            f"class '{owner}' is a machine's record and holds nothing personal besides IP or MAC "
            "addresses and last-seen times, and nothing ties it to a person: they are a "
            "machine's, not a person's"
        )
    return why


def shared_records(out: Sequence[ClassifiedField], catalog: Catalog) -> dict[str, str]:
    """Class symbol -> why: records tied to people only by links that name who acts on or runs
    them (``shared_record_links``: a dashboard's ``owners``, an item's ``donated_by``). Such a
    record is a shared object, and its free text is about it."""
    governing = catalog.elements.vocabulary.shared_record_links
    ids = catalog.elements.vocabulary.identifier_words
    links: dict[str, list[str]] = {}
    for item in out:
        if item.fact.owner and item.classification.element in (PERSON_ID, *_IDENTIFYING):
            links.setdefault(class_symbol(item.fact), []).append(item.fact.name)
    found: dict[str, str] = {}
    for symbol, names in links.items():
        last_words = [_link_head(name, ids) for name in names]
        if all(word in governing for word in last_words):
            shown = ", ".join(f"'{name}'" for name in sorted(set(names)))
            found[symbol] = (
                f"class '{symbol.rsplit('.', 1)[-1]}' is tied to people only by {shown}, who act "
                "on or run it: a shared object, so its free text is read as its own"
            )
    return found


def _link_head(name: str, ids: frozenset[str]) -> str:
    """The word a link is named by, its key suffix dropped: ``created_by_id`` -> ``by``."""
    words = list(split_words(name))
    while len(words) > 1 and words[-1] in ids:
        words.pop()
    return words[-1] if words else ""


def machine_values(
    out: list[ClassifiedField],
    records: dict[str, tuple[str, ...]],
    catalog: Catalog,
    files: Sequence[FileFacts] = (),
) -> list[ClassifiedField]:
    """Drop the IP/MAC addresses and last-seen times of machine records (``machine_records``),
    the bare readings of records about no one (``unowned_reading``), the password columns
    the project fills with a hashing call's result (``hashed_column``) and the logins of
    connections to a service (``service_credentials``)."""
    machines = machine_records(out, records, catalog)
    linked = person_ties(out, catalog, files)
    hashed = hash_assignments(files, catalog)
    connections = connection_classes(files, catalog)
    return [
        item
        for item in out
        if not (item.fact.owner and class_symbol(item.fact) in machines)
        and unowned_reading(item, records, linked, catalog) is None
        and hashed_column(item, hashed, catalog) is None
        and service_credentials(item, connections, catalog) is None
    ]


def vital_records(out: Sequence[ClassifiedField], catalog: Catalog) -> dict[str, str]:
    """Class symbol -> why: a measurement only a body has (``heart_rate``, ``spo2``) sits on it,
    so its bare ``temp_c`` is a vital sign too, not a sensor's reading."""
    found: dict[str, str] = {}
    for item in out:
        if item.classification.element != MEASUREMENT or not item.fact.owner:
            continue
        words = _reading_words(item.fact.name, catalog)
        if words and not _BARE_READING.issuperset(words):
            found.setdefault(
                class_symbol(item.fact), f"its field '{item.fact.name}' is a vital sign"
            )
    return found


# A reading named only by what it is (value, temperature, rate) is a vital sign on a person's
# record and a sensor's otherwise: a greenhouse Reading's value, a weather Observation's temp.
_BARE_READING = frozenset(
    {"value", "values", "reading", "readings", "rate", "temperature", "temp", "level", "result"}
)
MEASUREMENT = "health.measurement"


def _reading_words(name: str, catalog: Catalog) -> list[str]:
    """The words of a measurement's name without its unit (``temp_c`` -> temp)."""
    units = catalog.elements.vocabulary.unit_words
    return [w for w in split_words(name) if w not in units]


def _names_only_a_reading(name: str, catalog: Catalog) -> bool:
    """``value``, ``temp_c``: the name says what was read, not whose body it was read from."""
    words = _reading_words(name, catalog)
    return bool(words) and _BARE_READING.issuperset(words)


USERNAME = "identity.username"


def connection_classes(files: Sequence[FileFacts], catalog: Catalog) -> dict[str, str]:
    """Class symbol -> its field that makes it a connection to a service (``proxy_url``,
    ``base_url``, ``api_root``: ``connection_fields``)."""
    words = catalog.elements.vocabulary.connection_fields
    found: dict[str, str] = {}
    if not words:
        return found
    for facts in files:
        for fact in facts.fields:
            if fact.owner and fact.kind == "field" and " ".join(split_words(fact.name)) in words:
                found.setdefault(class_symbol(fact), fact.name)
    return found


def service_credentials(
    item: ClassifiedField, connections: dict[str, str], catalog: Catalog
) -> str | None:
    """Why a username, password, token or key is a service's own login (its class connects to
    a service and is no person object), or None."""
    cls, fact = item.classification, item.fact
    element = cls.element
    if cls.source != "detector" or not fact.owner:
        return None
    if not (element.startswith("credentials") or element == USERNAME):
        return None
    beside = connections.get(class_symbol(fact))
    if beside is None:
        return None
    context = read_context(fact.owner, fact.owner_bases, catalog.elements, "field", module_of(fact))
    if context.is_person:
        return None
    owner = fact.owner.rsplit(".", 1)[-1]
    return (
        f"class '{owner}' connects to a service (its field '{beside}'): "
        f"'{fact.name}' is the service's own login, not a person's"
    )


PASSWORD = "credentials.password"
# Where a class's fields are stored columns, not what a form or schema receives.
_STORED = frozenset({"django", "sqlalchemy", "sqlmodel", "peewee", "plain", "attrs", "dataclass"})


def hash_assignments(files: Sequence[FileFacts], catalog: Catalog) -> dict[str, str]:
    """``Class.attr`` or ``variable.attr`` -> the hashing call whose result is stored there
    (``self.password = make_password(raw)`` in ``Customer``, ``user.password =
    generate_password_hash(raw)`` anywhere in the project)."""
    words = catalog.elements.vocabulary.hash_calls
    found: dict[str, str] = {}
    if not words:
        return found
    for facts in files:
        for call in facts.calls:
            leaf = call.callee.rsplit(".", 1)[-1]
            if call.stored_in and not words.isdisjoint(split_words(leaf)):
                found.setdefault(call.stored_in, leaf)
    return found


def hashed_column(item: ClassifiedField, hashed: dict[str, str], catalog: Catalog) -> str | None:
    """Why a model's password column holds a hash (the project stores only a hashing call's
    result in it), or None."""
    fact = item.fact
    if (
        item.classification.element != PASSWORD
        or item.classification.source != "detector"
        or not fact.owner
        or fact.framework not in _STORED
    ):
        return None
    owner = fact.owner.rsplit(".", 1)[-1]
    head = _head_words(owner, catalog.elements)
    names = {owner, snake_case(owner), "self"} | ({head[-1]} if head else set())
    for where, call in hashed.items():
        receiver, _, attr = where.rpartition(".")
        if attr == fact.name and receiver.rsplit(".", 1)[-1] in names:
            return (
                f"'{receiver}.{attr}' is given the result of {call}(): "
                f"'{owner}.{fact.name}' stores a hash, not the password"
            )
    return None


def person_ties(
    out: Sequence[ClassifiedField], catalog: Catalog, files: Sequence[FileFacts] = ()
) -> dict[str, str]:
    """Class symbol -> why it is about a person, for bare readings: a vital sign beside them,
    a link to a person or a value that identifies one, its own or a base class's."""
    return {**vital_records(out, catalog), **linked_records(out, files)}


SECRET = "credentials.secret"


def unowned_secret(
    item: ClassifiedField,
    records: dict[str, tuple[str, ...]],
    linked: dict[str, str],
    catalog: Catalog,
) -> str | None:
    """Why a secret (a ``client_secret``, a webhook's ``secret``, an ``api_key``) is a system's
    own, or None: nothing ties its record to a person, and no person word names the class
    (``FormUserOTPDataEdit`` is a user's)."""
    if class_symbol(item.fact) in linked or about_person(item.fact, records, linked, catalog):
        return None  # a stop that names whom it visits keeps its key-safe code
    voc = catalog.elements.vocabulary
    owner = (item.fact.owner or "").rsplit(".", 1)[-1]
    people = voc.person_objects - voc.software_roles
    if not people.isdisjoint(split_words(owner)):
        return None
    return (
        f"nothing ties class '{owner}' to a person: '{item.fact.name}' is the system's or a "
        "service's own secret, not a person's"
    )


TOKEN = "credentials.token"
_BARE_TOKEN = frozenset({"key", "token", "code"})
_TOKEN_RECORD = frozenset({"token", "tokens"})


def _stored_token_record(item: ClassifiedField) -> bool:
    """The bare ``key``/``token`` of a stored token record (``Token.key``): a person's only if
    something ties the record to one (a CI runner's or a revoked JWT's token is not)."""
    cls, fact = item.classification, item.fact
    if cls.element != TOKEN or cls.source != "detector" or not fact.owner:
        return False
    owner = fact.owner.rsplit(".", 1)[-1]
    return (
        fact.framework in _STORED
        and fact.name.lower() in _BARE_TOKEN
        and not _TOKEN_RECORD.isdisjoint(split_words(owner))
    )


def unowned_reading(
    item: ClassifiedField,
    records: dict[str, tuple[str, ...]],
    linked: dict[str, str],
    catalog: Catalog,
) -> str | None:
    """Why a health measurement named only ``value``/``temperature`` is a sensor's, or a secret
    on a record about no one is a system's (``unowned_secret``), or None."""
    cls = item.classification
    if cls.element == SECRET and cls.source == "detector" and item.fact.owner:
        return unowned_secret(item, records, linked, catalog)
    if _stored_token_record(item):
        return unowned_secret(item, records, linked, catalog)
    if cls.element != MEASUREMENT or cls.source != "detector" or not item.fact.owner:
        return None
    if not _names_only_a_reading(item.fact.name, catalog):
        return None
    if about_person(item.fact, records, linked, catalog) is not None:
        return None
    return (
        f"'{item.fact.name}' names only a reading, and nothing ties class "
        f"'{item.fact.owner.rsplit('.', 1)[-1]}' to a person: a sensor's reading, not a vital sign"
    )


def why_dropped(
    item: ClassifiedField,
    files: Sequence[FileFacts],
    classified: Sequence[ClassifiedField],
    catalog: Catalog,
) -> str | None:
    """Why the project pass drops a detector match (for ``privlint explain``): a thing
    record's own value, a machine's address, a sensor's bare reading, a hashed password
    column; None if it does not."""
    fact, element = item.fact, item.classification.element
    veto = ProjectContext.build(files, catalog).veto(fact, element, catalog)
    if veto is not None:
        return veto
    records = person_records(files, catalog.elements.vocabulary)
    machine = machine_records([*classified, item], records, catalog).get(class_symbol(fact))
    linked = person_ties(classified, catalog, files)
    return (
        machine
        or unowned_reading(item, records, linked, catalog)
        or hashed_column(item, hash_assignments(files, catalog), catalog)
        or service_credentials(item, connection_classes(files, catalog), catalog)
        or _model_not_personal(fact, files, classified)
    )


def _model_not_personal(
    fact: FieldFact, files: Sequence[FileFacts], classified: Sequence[ClassifiedField]
) -> str | None:
    """Why a ``Meta.fields`` field is not personal: its model's field is not."""
    from privlint.analysis.meta_models import ModelIndex

    source = ModelIndex.build(files).field_of(fact)
    if source is None or any(item.fact is source for item in classified):
        return None
    return f"named in Meta.fields: the model's field '{source.symbol}' is not personal data"


def as_model_fields(
    out: list[ClassifiedField], files: Sequence[FileFacts]
) -> list[ClassifiedField]:
    """A serializer's or form's ``Meta.fields`` field holds what its model's field holds: read
    it as the model field was read (personal or not), so the API and the table agree. A binding
    or inline annotation on the field itself still wins."""
    from privlint.analysis.meta_models import ModelIndex

    index = ModelIndex.build(files)
    if index.empty:
        return out
    read = {id(item.fact): item for item in out}
    result: list[ClassifiedField] = []
    for item in out:
        source = index.field_of(item.fact) if item.classification.source == "detector" else None
        if source is None:
            result.append(item)
            continue
        model = read.get(id(source))
        if model is None:
            continue  # the model's field is not personal data, so neither is this one
        cls = model.classification
        note = f"named in Meta.fields: read as the model's field '{source.symbol}'"
        steps = (("model", note), *cls.explanation.steps)
        result.append(replace(item, classification=replace(cls, explanation=Explanation(steps))))
    return result
