"""The personal-data element catalogue: ``rules/elements/*.toml`` loaded into frozen values.

The catalogue is data so that reviewers, DPOs and plugin packs can read and extend what
privlint calls personal data without touching code. Files are read in order; a later file may
add elements, add patterns/exclusions/types to an existing element, and extend the shared
vocabulary (``[context]``, ``[identifiers]``, ``[types]``, ``[[exclusion]]``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

from privlint.toml import TOMLDecodeError, loads
from privlint.words import split_words

ANCHORS = ("whole", "prefix", "suffix", "any")
SENSITIVITIES = ("low", "medium", "high")
PERSON = "@person"
ANY_WORD = "*"  # a pattern position any one word fills: "* lat" matches phone_lat
_KEY_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")
_ELEMENT_FIELDS = (
    "key",
    "name",
    "description",
    "sensitivity",
    "special",
    "identifier",
    "patterns",
    "exclude",
    "keep",
    "reject",
    "types_strong",
    "types_support",
    "types_exclude",
    "exclude_owners",
)
_PATTERN_FIELDS = ("words", "anchor", "person_only", "owners", "confidence", "flag", "fields_only")
_EXCLUSION_FIELDS = ("words", "anchor", "reason", "qualifies_person")
_TOP_LEVEL = (
    "element",
    "context",
    "identifiers",
    "types",
    "exclusion",
    "defaults",
    "units",
    "records",
    "address_siblings",
    "inherited_fields",
    "review",
)


class ElementCatalogError(ValueError):
    """A bad entry in an element file; the message names the file, line and element."""


@dataclass(frozen=True, slots=True)
class Pattern:
    """A word sequence; each position holds alternatives (``@person`` = any person word)."""

    text: str
    words: tuple[frozenset[str], ...]
    anchor: str = "suffix"
    person_only: bool = False
    owners: frozenset[str] = frozenset()
    confidence: float | None = None
    source: str = ""
    owners_text: str = ""  # as written, with groups unexpanded (@staff), for explanations
    flag: bool = False  # a yes/no of these words is the fact itself (on_benefits: bool)
    # only a class's fields: a parameter's owner words include its function's name
    # (a template tag's handle_token(token) is no token record)
    fields_only: bool = False

    def describe(self) -> str:
        extra = ", person objects only" if self.person_only else ""
        extra += ", yes/no too" if self.flag else ""
        if self.owners:
            extra += ", in " + (self.owners_text or "/".join(sorted(self.owners))) + " classes"
        return f"'{self.text}' ({self.anchor}{extra})"


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A word sequence that vetoes a match when it occurs outside the matched words."""

    words: tuple[str, ...]
    anchor: str = "any"
    reason: str = ""
    source: str = ""
    # True: the words may qualify a person the match starts with ("dog" in dog_owner_name
    # names whose owner, not an animal's value), so they do not veto such a match
    qualifies_person: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True, slots=True)
class ElementDef:
    """One element of the taxonomy with everything the detector needs to find it."""

    key: str
    name: str
    description: str
    sensitivity: str
    special: bool
    identifier: bool
    patterns: tuple[Pattern, ...]
    exclusions: tuple[Exclusion, ...]
    keep: frozenset[str]
    reject: frozenset[tuple[str, ...]]
    types_strong: frozenset[str]
    types_support: frozenset[str]
    types_exclude: frozenset[str]
    source: str
    exclude_owners: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The shared word lists of ``_global.toml`` (merged across packs)."""

    person_objects: frozenset[str] = frozenset()
    organisation_objects: frozenset[str] = frozenset()
    thing_objects: frozenset[str] = frozenset()
    person_roles: frozenset[str] = frozenset()
    thing_fields: frozenset[str] = frozenset()
    animal_fields: frozenset[str] = frozenset()
    machine_objects: frozenset[str] = frozenset()
    unit_words: frozenset[str] = frozenset()
    not_person_objects: frozenset[str] = frozenset()
    class_suffixes: frozenset[str] = frozenset()
    object_stopwords: frozenset[str] = frozenset()
    identifier_words: frozenset[str] = frozenset()
    identifier_lists: frozenset[str] = frozenset()
    registration_words: frozenset[str] = frozenset()
    config_objects: frozenset[str] = frozenset()
    config_qualified: frozenset[str] = frozenset()
    config_bases: frozenset[str] = frozenset()
    config_modules: frozenset[str] = frozenset()
    personal_settings_words: frozenset[str] = frozenset()
    generic_person_words: frozenset[str] = frozenset()
    person_qualifiers: frozenset[str] = frozenset()
    person_suffixes: tuple[str, ...] = ()
    address_objects: frozenset[str] = frozenset()
    visit_objects: frozenset[str] = frozenset()
    address_line_words: frozenset[str] = frozenset()
    address_siblings: Mapping[str, str] = field(default_factory=dict)
    # framework base class (qualified) -> (field name, type) of the fields it gives a subclass
    inherited_fields: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    hash_calls: frozenset[str] = frozenset()
    connection_fields: frozenset[str] = frozenset()
    shared_record_links: frozenset[str] = frozenset()
    framework_things: frozenset[str] = frozenset()
    staff_objects: frozenset[str] = frozenset()
    any_word_excludes: frozenset[str] = frozenset()
    organisation_fields: frozenset[str] = frozenset()
    firm_contact_fields: frozenset[str] = frozenset()
    free_text_words: frozenset[str] = frozenset()
    review_skip_words: frozenset[str] = frozenset()
    software_roles: frozenset[str] = frozenset()
    free_text_exclude: frozenset[str] = frozenset()
    short_value_words: frozenset[str] = frozenset()
    organisation_qualifiers: frozenset[str] = frozenset()
    tree_objects: frozenset[str] = frozenset()
    tree_words: frozenset[str] = frozenset()
    handler_objects: frozenset[str] = frozenset()
    personal_detail_heads: frozenset[str] = frozenset()
    record_fields: Mapping[str, str] = field(default_factory=dict)
    exclusions: tuple[Exclusion, ...] = ()
    type_groups: Mapping[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class ElementCatalog:
    """All elements, keyed by taxonomy key, plus the shared vocabulary. Immutable."""

    elements: Mapping[str, ElementDef]
    vocabulary: Vocabulary
    files: tuple[str, ...] = ()

    def keys(self) -> tuple[str, ...]:
        """Every defined key, sorted."""
        return tuple(sorted(self.elements))

    def all_keys(self) -> tuple[str, ...]:
        """Defined keys and their parents (``contact`` for ``contact.email``), sorted."""
        out: set[str] = set()
        for key in self.elements:
            parts = key.split(".")
            out.update(".".join(parts[: i + 1]) for i in range(len(parts)))
        return tuple(sorted(out))

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        return key in self.elements or any(k.startswith(key + ".") for k in self.elements)

    def __iter__(self) -> Iterable[ElementDef]:  # type: ignore[override]
        return iter(self.elements[k] for k in self.keys())

    def __len__(self) -> int:
        return len(self.elements)

    def get(self, key: str) -> ElementDef | None:
        return self.elements.get(key)

    def _ancestry(self, key: str) -> list[str]:
        parts = key.split(".")
        return [".".join(parts[:i]) for i in range(len(parts), 0, -1)]

    def is_special(self, key: str) -> bool:
        """True if the key or one of its ancestors is an Art. 9 special category."""
        return any(
            (e := self.elements.get(k)) is not None and e.special for k in self._ancestry(key)
        )

    def has_special_descendant(self, key: str) -> bool:
        """True if some element below ``key`` (or ``key`` itself) is special: ``health``."""
        return any(
            e.special for k, e in self.elements.items() if k == key or k.startswith(key + ".")
        )

    def sensitivity(self, key: str) -> str:
        """The element's sensitivity; for an undefined parent, the highest of its children."""
        for k in self._ancestry(key):
            if k in self.elements:
                if k == key:
                    return self.elements[k].sensitivity
                break
        below = [e.sensitivity for k, e in self.elements.items() if k.startswith(key + ".")]
        if below:
            return max(below, key=SENSITIVITIES.index)
        for k in self._ancestry(key):
            if k in self.elements:
                return self.elements[k].sensitivity
        return "medium"

    def source_of(self, key: str) -> str:
        """The file that defines ``key`` (or its nearest defined ancestor), for explanations."""
        for k in self._ancestry(key):
            if k in self.elements:
                return self.elements[k].source
        for k, e in sorted(self.elements.items()):
            if k.startswith(key + "."):
                return e.source
        return ""

    @cached_property
    def known_types(self) -> frozenset[str]:
        """Every type name the catalogue mentions (``EmailStr``, ``IPv4Address`` ...).

        A type outside this set may be one of the project's own classes, which the
        classifier reads by its name (``Consignee``, ``MailConfig``).
        """
        out: set[str] = set()
        for group in self.vocabulary.type_groups.values():
            out |= group
        for e in self.elements.values():
            out |= e.types_strong | e.types_support | e.types_exclude
        return frozenset(out)

    def type_group(self, name: str) -> frozenset[str]:
        return self.vocabulary.type_groups.get(name, frozenset())


# ---- loading ------------------------------------------------------------------------------


def _line_of(text: str, key: str) -> int | None:
    match = re.search(r'^\s*key\s*=\s*"' + re.escape(key) + '"', text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _shown(path: Path) -> str:
    """A pack file as a user finds it: relative to the working directory when below it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (OSError, ValueError):
        return path.name


class _Reader:
    """Validates one file's raw TOML and raises errors that point at the file and line."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text

    def fail(self, message: str, key: str | None = None) -> ElementCatalogError:
        line = _line_of(self.text, key) if key else None
        shown = _shown(self.path)
        where = f"{shown}:{line}" if line else shown
        subject = f"element '{key}': " if key else ""
        return ElementCatalogError(f"{where}: {subject}{message}")

    def unknown(self, got: Iterable[str], allowed: tuple[str, ...], what: str, key: str | None):
        for name in got:
            if name not in allowed:
                close = difflib.get_close_matches(name, allowed, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                raise self.fail(f"unknown {what} '{name}'{hint}", key)

    def string_list(self, value: Any, what: str, key: str | None) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"'{what}' must be a list of strings", key)
        return value


def _parse_words(text: str) -> tuple[frozenset[str], ...]:
    positions = []
    for token in text.split():
        alts = frozenset(a.lower() for a in token.split("|") if a)
        positions.append(alts)
    return tuple(positions)


@dataclass
class _Builder:
    key: str
    source: str
    name: str = ""
    description: str = ""
    sensitivity: str = "medium"
    special: bool = False
    identifier: bool = False
    patterns: list[Pattern] = field(default_factory=list)
    exclusions: list[Exclusion] = field(default_factory=list)
    keep: set[str] = field(default_factory=set)
    reject: set[tuple[str, ...]] = field(default_factory=set)
    types_strong: list[str] = field(default_factory=list)
    types_support: list[str] = field(default_factory=list)
    types_exclude: list[str] | None = None
    exclude_owners: list[str] = field(default_factory=list)


def _read_pattern(reader: _Reader, raw: Any, key: str) -> Pattern:
    if isinstance(raw, str):
        raw = {"words": raw}
    if not isinstance(raw, dict):
        raise reader.fail("a pattern must be a string or an inline table", key)
    reader.unknown(raw, _PATTERN_FIELDS, "pattern field", key)
    text = raw.get("words")
    if not isinstance(text, str) or not text.split():
        raise reader.fail("a pattern needs non-empty 'words'", key)
    for token in text.split():
        alts = token.split("|")
        twice = sorted({alt for alt in alts if alts.count(alt) > 1})
        if twice:  # "case|case file number" meant "case number" or "case file number"
            raise reader.fail(
                f"pattern '{text}': '{twice[0]}' stands twice at one position; '|' joins single "
                "words at one position ('a|b c' is a or b, then c), so write a multi-word "
                "alternative as a pattern of its own",
                key,
            )
        for alt in alts:
            if alt in (PERSON, ANY_WORD):
                continue
            if not alt or split_words(alt, drop_accessor=False) != (alt,):
                raise reader.fail(
                    f"pattern '{text}': '{alt}' is not one lower-case word "
                    "(write words separated by spaces, alternatives with '|')",
                    key,
                )
    anchor = raw.get("anchor", "suffix")
    if anchor not in ANCHORS:
        raise reader.fail(f"pattern '{text}': anchor must be one of {', '.join(ANCHORS)}", key)
    confidence = raw.get("confidence")
    if confidence is not None and (
        not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1
    ):
        raise reader.fail(f"pattern '{text}': confidence must be a number from 0 to 1", key)
    person_only = raw.get("person_only", False)
    if not isinstance(person_only, bool):
        raise reader.fail(f"pattern '{text}': person_only must be true or false", key)
    flag = raw.get("flag", False)
    if not isinstance(flag, bool):
        raise reader.fail(f"pattern '{text}': flag must be true or false", key)
    fields_only = raw.get("fields_only", False)
    if not isinstance(fields_only, bool):
        raise reader.fail(f"pattern '{text}': fields_only must be true or false", key)
    owners = reader.string_list(raw.get("owners", []), "owners", key)
    return Pattern(
        text=text,
        words=_parse_words(text),
        anchor=anchor,
        person_only=person_only,
        owners=frozenset(o.lower() for o in owners),
        confidence=float(confidence) if confidence is not None else None,
        source=reader.path.name,
        flag=flag,
        fields_only=fields_only,
    )


def _read_exclusions(
    reader: _Reader,
    raw: Any,
    key: str | None,
    reason: str,
    anchor: str = "any",
    qualifies_person: bool = False,
) -> list[Exclusion]:
    out: list[Exclusion] = []
    if not isinstance(raw, list):
        raise reader.fail("'exclude' must be a list", key)
    for item in raw:
        item_reason, item_anchor = reason, anchor
        if isinstance(item, dict):
            reader.unknown(item, _EXCLUSION_FIELDS, "exclusion field", key)
            item_reason = item.get("reason", reason)
            item_anchor = item.get("anchor", anchor)
            item = item.get("words")
        if not isinstance(item, str) or not item.split():
            raise reader.fail("an exclusion must be a non-empty word sequence", key)
        if item_anchor not in ANCHORS:
            raise reader.fail(f"exclusion '{item}': anchor must be one of {ANCHORS}", key)
        out.append(
            Exclusion(
                tuple(w.lower() for w in item.split()),
                item_anchor,
                item_reason,
                reader.path.name,
                qualifies_person,
            )
        )
    return out


def _read_element(reader: _Reader, raw: Any, builders: dict[str, _Builder]) -> None:
    if not isinstance(raw, dict):
        raise reader.fail("each [[element]] must be a table")
    key = raw.get("key")
    if not isinstance(key, str) or not _KEY_RE.match(key):
        raise reader.fail(
            f"element key {key!r} must be a dotted lower-case key like 'contact.email'"
        )
    reader.unknown(raw, _ELEMENT_FIELDS, "element field", key)
    builder = builders.get(key)
    if builder is None:
        if not isinstance(raw.get("name"), str):
            raise reader.fail("a new element needs a 'name'", key)
        builder = builders[key] = _Builder(key=key, source=reader.path.name)
    for text_field in ("name", "description"):
        if text_field in raw:
            if not isinstance(raw[text_field], str):
                raise reader.fail(f"'{text_field}' must be a string", key)
            setattr(builder, text_field, raw[text_field])
    if "sensitivity" in raw:
        if raw["sensitivity"] not in SENSITIVITIES:
            raise reader.fail(f"sensitivity must be one of {', '.join(SENSITIVITIES)}", key)
        builder.sensitivity = raw["sensitivity"]
    for flag in ("special", "identifier"):
        if flag in raw:
            if not isinstance(raw[flag], bool):
                raise reader.fail(f"'{flag}' must be true or false", key)
            setattr(builder, flag, raw[flag])
    patterns = raw.get("patterns", [])
    if not isinstance(patterns, list):
        raise reader.fail("'patterns' must be a list", key)
    builder.patterns.extend(_read_pattern(reader, p, key) for p in patterns)
    builder.exclusions.extend(
        _read_exclusions(reader, raw.get("exclude", []), key, f"is excluded for {key}")
    )
    builder.keep.update(w.lower() for w in reader.string_list(raw.get("keep", []), "keep", key))
    builder.reject.update(
        tuple(r.lower().split()) for r in reader.string_list(raw.get("reject", []), "reject", key)
    )
    builder.types_strong.extend(reader.string_list(raw.get("types_strong", []), "types", key))
    builder.types_support.extend(reader.string_list(raw.get("types_support", []), "types", key))
    builder.exclude_owners.extend(
        w.lower() for w in reader.string_list(raw.get("exclude_owners", []), "exclude_owners", key)
    )
    if "types_exclude" in raw:
        builder.types_exclude = [
            *(builder.types_exclude or []),
            *reader.string_list(raw["types_exclude"], "types_exclude", key),
        ]


@dataclass
class _Shared:
    person: set[str] = field(default_factory=set)
    organisation: set[str] = field(default_factory=set)
    things: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    thing_fields: set[str] = field(default_factory=set)
    animal_fields: set[str] = field(default_factory=set)
    machine_objects: set[str] = field(default_factory=set)
    units: set[str] = field(default_factory=set)
    not_person: set[str] = field(default_factory=set)
    suffixes: set[str] = field(default_factory=set)
    stopwords: set[str] = field(default_factory=set)
    config_objects: set[str] = field(default_factory=set)
    config_qualified: set[str] = field(default_factory=set)
    config_bases: set[str] = field(default_factory=set)
    config_modules: set[str] = field(default_factory=set)
    personal_settings: set[str] = field(default_factory=set)
    generic_person: set[str] = field(default_factory=set)
    qualifiers: set[str] = field(default_factory=set)
    person_suffixes: set[str] = field(default_factory=set)
    address_objects: set[str] = field(default_factory=set)
    visit_objects: set[str] = field(default_factory=set)
    staff: set[str] = field(default_factory=set)
    any_word_excludes: set[str] = field(default_factory=set)
    organisation_fields: set[str] = field(default_factory=set)
    firm_contact_fields: set[str] = field(default_factory=set)
    free_text_words: set[str] = field(default_factory=set)
    review_skip: set[str] = field(default_factory=set)
    software_roles: set[str] = field(default_factory=set)
    address_line_words: set[str] = field(default_factory=set)
    address_siblings: dict[str, str] = field(default_factory=dict)
    inherited_fields: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    hash_calls: set[str] = field(default_factory=set)
    connection_fields: set[str] = field(default_factory=set)
    shared_record_links: set[str] = field(default_factory=set)
    framework_things: set[str] = field(default_factory=set)
    free_text_exclude: set[str] = field(default_factory=set)
    short_value_words: set[str] = field(default_factory=set)
    organisation_qualifiers: set[str] = field(default_factory=set)
    tree_objects: set[str] = field(default_factory=set)
    tree_words: set[str] = field(default_factory=set)
    handler_objects: set[str] = field(default_factory=set)
    personal_detail_heads: set[str] = field(default_factory=set)
    record_fields: dict[str, str] = field(default_factory=dict)
    identifiers: set[str] = field(default_factory=set)
    identifier_lists: set[str] = field(default_factory=set)
    registrations: set[str] = field(default_factory=set)
    exclusions: list[Exclusion] = field(default_factory=list)
    groups: dict[str, set[str]] = field(default_factory=dict)
    default_types_exclude: list[str] = field(default_factory=list)


def _read_shared(reader: _Reader, data: dict[str, Any], shared: _Shared) -> None:
    context = data.get("context", {})
    reader.unknown(
        context,
        (
            "person_objects",
            "organisation_objects",
            "thing_objects",
            "person_roles",
            "thing_fields",
            "animal_fields",
            "machine_objects",
            "not_person_objects",
            "class_suffixes",
            "object_stopwords",
            "config_objects",
            "config_qualified",
            "config_bases",
            "config_modules",
            "personal_settings_words",
            "generic_person_words",
            "person_qualifiers",
            "person_suffixes",
            "address_objects",
            "visit_objects",
            "address_line_words",
            "hash_calls",
            "connection_fields",
            "shared_record_links",
            "framework_things",
            "staff_objects",
            "any_word_excludes",
            "organisation_fields",
            "firm_contact_fields",
            "free_text_words",
            "software_roles",
            "free_text_exclude",
            "short_value_words",
            "organisation_qualifiers",
            "tree_objects",
            "tree_words",
            "handler_objects",
            "personal_detail_heads",
        ),
        "[context] list",
        None,
    )
    for name, target in (
        ("person_objects", shared.person),
        ("organisation_objects", shared.organisation),
        ("thing_objects", shared.things),
        ("person_roles", shared.roles),
        ("thing_fields", shared.thing_fields),
        ("animal_fields", shared.animal_fields),
        ("machine_objects", shared.machine_objects),
        ("not_person_objects", shared.not_person),
        ("class_suffixes", shared.suffixes),
        ("object_stopwords", shared.stopwords),
        ("config_objects", shared.config_objects),
        ("config_qualified", shared.config_qualified),
        ("config_modules", shared.config_modules),
        ("personal_settings_words", shared.personal_settings),
        ("generic_person_words", shared.generic_person),
        ("person_qualifiers", shared.qualifiers),
        ("person_suffixes", shared.person_suffixes),
        ("address_objects", shared.address_objects),
        ("visit_objects", shared.visit_objects),
        ("address_line_words", shared.address_line_words),
        ("hash_calls", shared.hash_calls),
        ("connection_fields", shared.connection_fields),
        ("shared_record_links", shared.shared_record_links),
        ("framework_things", shared.framework_things),
        ("staff_objects", shared.staff),
        ("any_word_excludes", shared.any_word_excludes),
        ("organisation_fields", shared.organisation_fields),
        ("firm_contact_fields", shared.firm_contact_fields),
        ("free_text_words", shared.free_text_words),
        ("software_roles", shared.software_roles),
        ("free_text_exclude", shared.free_text_exclude),
        ("short_value_words", shared.short_value_words),
        ("organisation_qualifiers", shared.organisation_qualifiers),
        ("tree_objects", shared.tree_objects),
        ("tree_words", shared.tree_words),
        ("handler_objects", shared.handler_objects),
        ("personal_detail_heads", shared.personal_detail_heads),
    ):
        target.update(w.lower() for w in reader.string_list(context.get(name, []), name, None))
    units = data.get("units", {})
    reader.unknown(units, ("words", "qualifiers"), "[units] list", None)
    for key in ("words", "qualifiers"):  # both are dropped from the end of a name
        shared.units.update(w.lower() for w in reader.string_list(units.get(key, []), key, None))
    # Base classes are compared by their exact last dotted name (BaseSettings), not lowered.
    shared.config_bases.update(
        reader.string_list(context.get("config_bases", []), "config_bases", None)
    )
    for element, words in data.get("address_siblings", {}).items():
        for word in reader.string_list(words, element, None):
            shared.address_siblings[word.lower()] = element
    for base, table in data.get("inherited_fields", {}).items():
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise ElementCatalogError(
                f'[inherited_fields."{base}"] must map field names to type names'
            )
        shared.inherited_fields[base] = tuple(table.items())
    for kind, names in data.get("records", {}).items():
        for name in reader.string_list(names, kind, None):
            shared.record_fields[" ".join(name.lower().split())] = kind
    review = data.get("review", {})
    reader.unknown(review, ("skip_words",), "[review] list", None)
    shared.review_skip.update(
        w.lower() for w in reader.string_list(review.get("skip_words", []), "skip_words", None)
    )
    identifiers = data.get("identifiers", {})
    reader.unknown(identifiers, ("words", "lists", "registrations"), "[identifiers] list", None)
    shared.identifiers.update(reader.string_list(identifiers.get("words", []), "words", None))
    lists = reader.string_list(identifiers.get("lists", []), "lists", None)
    shared.identifier_lists.update(lists)
    shared.identifiers.update(lists)
    numbers = identifiers.get("registrations", [])
    shared.registrations.update(reader.string_list(numbers, "registrations", None))
    for group, names in data.get("types", {}).items():
        shared.groups.setdefault(group, set()).update(reader.string_list(names, group, None))
    defaults = data.get("defaults", {})
    reader.unknown(defaults, ("types_exclude",), "[defaults] entry", None)
    if "types_exclude" in defaults:
        shared.default_types_exclude = reader.string_list(
            defaults["types_exclude"], "types_exclude", None
        )
    for raw in data.get("exclusion", []):
        if not isinstance(raw, dict) or "words" not in raw:
            raise reader.fail("each [[exclusion]] needs 'words' (a list) and a 'reason'")
        reader.unknown(raw, _EXCLUSION_FIELDS, "[[exclusion]] field", None)
        words = reader.string_list(raw["words"], "words", None)
        qualifies = raw.get("qualifies_person", False)
        if not isinstance(qualifies, bool):
            raise reader.fail("[[exclusion]] 'qualifies_person' must be true or false")
        shared.exclusions.extend(
            _read_exclusions(
                reader,
                words,
                None,
                raw.get("reason", "a global exclusion"),
                raw.get("anchor", "any"),
                qualifies,
            )
        )


def _resolve_types(
    names: Iterable[str], groups: Mapping[str, set[str]], where: str
) -> frozenset[str]:
    out: set[str] = set()
    for name in names:
        if name.startswith("@"):
            if name[1:] not in groups:
                raise ElementCatalogError(f"{where}: unknown type group '{name}'")
            out.update(groups[name[1:]])
        else:
            out.add(name)
    return frozenset(out)


def _owner_words(names: Iterable[str], shared: _Shared) -> frozenset[str]:
    """Owner words with groups expanded: ``@organisation`` (organisation_objects) and
    ``@staff`` (staff_objects) from ``[context]`` in ``_global.toml``."""
    groups = {"@organisation": shared.organisation, "@staff": shared.staff}
    return frozenset(w for name in names for w in groups.get(name, {name}))


def _expand_owners(pattern: Pattern, shared: _Shared) -> Pattern:
    if not any(o.startswith("@") for o in pattern.owners):
        return pattern
    written = "/".join(sorted(pattern.owners))
    return replace(pattern, owners=_owner_words(pattern.owners, shared), owners_text=written)


def load_elements(files: Iterable[Path]) -> ElementCatalog:
    """Read element files in order into one frozen :class:`ElementCatalog`.

    Raises :class:`ElementCatalogError` naming the file (and line and element where known).
    """
    builders: dict[str, _Builder] = {}
    shared = _Shared()
    names: list[str] = []
    for path in files:
        path = Path(path)
        text = path.read_text(encoding="utf-8")
        try:
            data = loads(text)
        except TOMLDecodeError as exc:
            raise ElementCatalogError(f"{_shown(path)}: invalid TOML: {exc}") from exc
        reader = _Reader(path, text)
        reader.unknown(data, _TOP_LEVEL, "top-level table", None)
        _read_shared(reader, data, shared)
        elements = data.get("element", [])
        if not isinstance(elements, list):
            raise reader.fail("'element' must be an array of tables ([[element]])")
        for raw in elements:
            _read_element(reader, raw, builders)
        names.append(path.name)
    groups = shared.groups
    elements_out: dict[str, ElementDef] = {}
    for key, b in builders.items():
        where = f"{b.source}: element '{key}'"
        excluded = b.types_exclude if b.types_exclude is not None else shared.default_types_exclude
        elements_out[key] = ElementDef(
            key=key,
            name=b.name,
            description=b.description,
            sensitivity=b.sensitivity,
            special=b.special,
            identifier=b.identifier,
            patterns=tuple(_expand_owners(p, shared) for p in b.patterns),
            exclusions=tuple(b.exclusions),
            keep=frozenset(b.keep),
            reject=frozenset(b.reject),
            types_strong=_resolve_types(b.types_strong, groups, where),
            types_support=_resolve_types(b.types_support, groups, where),
            types_exclude=_resolve_types(excluded, groups, where),
            source=b.source,
            exclude_owners=_owner_words(b.exclude_owners, shared),
        )
    vocabulary = Vocabulary(
        person_objects=frozenset(shared.person),
        organisation_objects=frozenset(shared.organisation),
        thing_objects=frozenset(shared.things),
        person_roles=frozenset(shared.roles),
        thing_fields=frozenset(shared.thing_fields),
        animal_fields=frozenset(shared.animal_fields),
        machine_objects=frozenset(shared.machine_objects),
        unit_words=frozenset(shared.units),
        not_person_objects=frozenset(shared.not_person),
        class_suffixes=frozenset(shared.suffixes),
        object_stopwords=frozenset(shared.stopwords),
        identifier_words=frozenset(shared.identifiers),
        identifier_lists=frozenset(shared.identifier_lists),
        registration_words=frozenset(shared.registrations),
        config_objects=frozenset(shared.config_objects),
        config_qualified=frozenset(shared.config_qualified),
        config_bases=frozenset(shared.config_bases),
        config_modules=frozenset(shared.config_modules),
        personal_settings_words=frozenset(shared.personal_settings),
        generic_person_words=frozenset(shared.generic_person),
        person_qualifiers=frozenset(shared.qualifiers),
        person_suffixes=tuple(sorted(shared.person_suffixes)),
        address_objects=frozenset(shared.address_objects),
        visit_objects=frozenset(shared.visit_objects),
        address_line_words=frozenset(shared.address_line_words),
        address_siblings=MappingProxyType(dict(shared.address_siblings)),
        inherited_fields=MappingProxyType(dict(shared.inherited_fields)),
        hash_calls=frozenset(shared.hash_calls),
        connection_fields=frozenset(shared.connection_fields),
        shared_record_links=frozenset(shared.shared_record_links),
        framework_things=frozenset(shared.framework_things),
        staff_objects=frozenset(shared.staff),
        any_word_excludes=frozenset(shared.any_word_excludes),
        organisation_fields=frozenset(shared.organisation_fields),
        firm_contact_fields=frozenset(shared.firm_contact_fields),
        free_text_words=frozenset(shared.free_text_words),
        review_skip_words=frozenset(shared.review_skip),
        software_roles=frozenset(shared.software_roles),
        free_text_exclude=frozenset(shared.free_text_exclude),
        short_value_words=frozenset(shared.short_value_words),
        organisation_qualifiers=frozenset(shared.organisation_qualifiers),
        tree_objects=frozenset(shared.tree_objects),
        tree_words=frozenset(shared.tree_words),
        handler_objects=frozenset(shared.handler_objects),
        personal_detail_heads=frozenset(shared.personal_detail_heads),
        record_fields=MappingProxyType(dict(shared.record_fields)),
        exclusions=tuple(shared.exclusions),
        type_groups=MappingProxyType({k: frozenset(v) for k, v in groups.items()}),
    )
    return ElementCatalog(
        elements=MappingProxyType(dict(sorted(elements_out.items()))),
        vocabulary=vocabulary,
        files=tuple(names),
    )
