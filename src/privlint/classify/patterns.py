"""Matching a name's words to the catalogue's patterns: word forms, the index from a pattern's
first word to the pattern, anchors, exclusions and the identifiers in type strings."""

from __future__ import annotations

import re
from dataclasses import fields
from functools import lru_cache
from itertools import pairwise

from privlint.catalog.elements import (
    ANY_WORD,
    PERSON,
    ElementCatalog,
    ElementDef,
    Exclusion,
    Pattern,
)
from privlint.classify.context import _agent_noun

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")


def _word_matches(word: str, alternatives: frozenset[str], cat: ElementCatalog) -> bool:
    if word in alternatives:
        return True
    if ANY_WORD in alternatives and word not in cat.vocabulary.any_word_excludes:
        return True
    stems = [word[:-1]] if word.endswith("s") else []
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if any(s in alternatives for s in stems):
        return True
    if PERSON in alternatives:
        people = cat.vocabulary.person_objects | cat.vocabulary.person_roles
        return word in people or any(s in people for s in stems) or _agent_noun(word, cat)
    return False


def _drop_qualifiers(words: tuple[str, ...], cat: ElementCatalog) -> tuple[str, ...]:
    """``partner_one_name`` -> partner name, ``occupant_two`` -> occupant: a number after a
    person word says which one."""
    voc = cat.vocabulary
    if not voc.person_qualifiers or len(words) < 2:
        return words
    people = voc.person_objects | voc.person_roles
    out = [words[0]]
    for prev, word in pairwise(words):
        if word in voc.person_qualifiers and (prev in people or _agent_noun(prev, cat)):
            continue
        out.append(word)
    return tuple(out)


def _word_forms(words: tuple[str, ...]) -> frozenset[str]:
    """Each word and the stems ``_word_matches`` would try: what any pattern position can see."""
    forms = set(words)
    for word in words:
        if word.endswith("s"):
            forms.add(word[:-1])
        if word.endswith("es"):
            forms.add(word[:-2])
        if word.endswith("ies"):
            forms.add(word[:-3] + "y")
    return frozenset(forms)


_TRIGGERS: dict[
    int,
    tuple[
        ElementCatalog,
        dict[str, frozenset[str]],
        dict[str, tuple[tuple[Pattern, frozenset[str]], ...]],
    ],
] = {}


def _trigger_forms(words: tuple[str, ...], cat: ElementCatalog) -> frozenset[str]:
    """The word forms a pattern's first position is checked against (``_triggers``); an
    agent noun (``invigilator``) counts as a person word."""
    forms = _word_forms(words)
    if any(_agent_noun(w, cat) for w in words):
        forms = forms | {PERSON}
    return frozenset(forms)


def _triggers(cat: ElementCatalog) -> dict[str, frozenset[str]]:
    """Per element, every word that can fill the first position of one of its patterns.

    A pattern can only match a name holding one of these words, so elements whose triggers
    are disjoint from the name's word forms are skipped without trying their patterns: the
    result is the same, and a catalogue of hundreds of patterns costs a few set operations.
    """
    return _trigger_tables(cat)[0]


def _patterns_for(
    element: ElementDef, forms: frozenset[str], cat: ElementCatalog
) -> tuple[Pattern, ...]:
    """The element's patterns whose first position can be filled by one of ``forms``, in
    catalogue order: the others cannot match (or near-miss) these words."""
    return _patterns_by_element(forms, cat).get(element.key, ())


@lru_cache(maxsize=8192)
def _patterns_by_element(
    forms: frozenset[str], cat: ElementCatalog
) -> dict[str, tuple[Pattern, ...]]:
    """For one name's word forms, every element's patterns that can start in them, found
    through an index from first-position word to pattern (once per distinct set of forms)."""
    _, per_pattern = _trigger_tables(cat)
    index = _first_word_index(cat)
    hits: dict[str, set[int]] = {}
    for form in forms:
        for key, position in index.get(form, ()):
            hits.setdefault(key, set()).add(position)
    return {
        key: tuple(per_pattern[key][i][0] for i in sorted(found)) for key, found in hits.items()
    }


@lru_cache(maxsize=8)
def _first_word_index(cat: ElementCatalog) -> dict[str, tuple[tuple[str, int], ...]]:
    """Word -> (element key, pattern position) of every pattern whose first position holds it."""
    index: dict[str, list[tuple[str, int]]] = {}
    for key, patterns in _trigger_tables(cat)[1].items():
        for position, (_pattern, first) in enumerate(patterns):
            for word in first:
                index.setdefault(word, []).append((key, position))
    return {word: tuple(entries) for word, entries in index.items()}


def _trigger_tables(
    cat: ElementCatalog,
) -> tuple[dict[str, frozenset[str]], dict[str, tuple[tuple[Pattern, frozenset[str]], ...]]]:
    """Per element, its trigger words, and per pattern, the words of its first position."""
    cached = _TRIGGERS.get(id(cat))
    if cached is not None and cached[0] is cat:
        return cached[1], cached[2]
    table: dict[str, frozenset[str]] = {}
    per_pattern: dict[str, tuple[tuple[Pattern, frozenset[str]], ...]] = {}
    people = cat.vocabulary.person_objects | cat.vocabulary.person_roles
    for key, element in cat.elements.items():
        firsts = []
        for pattern in element.patterns:
            # the first position that is not the wildcard "*" (any one word)
            first = next((w for w in pattern.words if ANY_WORD not in w), frozenset())
            if PERSON in first:
                first = first | people
            firsts.append((pattern, frozenset(first)))
        per_pattern[key] = tuple(firsts)
        table[key] = frozenset().union(*(f for _, f in firsts))
    _TRIGGERS[id(cat)] = (cat, table, per_pattern)
    return table, per_pattern


def _match(words: tuple[str, ...], pattern: Pattern, cat: ElementCatalog) -> tuple[int, int] | None:
    """The (start, end) of the pattern in ``words`` under its anchor, or None."""
    n, k = len(words), len(pattern.words)
    if k > n:
        return None
    if pattern.anchor == "whole":
        starts: range | tuple[int, ...] = (0,) if n == k else ()
    elif pattern.anchor == "prefix":
        starts = (0,)
    elif pattern.anchor == "suffix":
        starts = (n - k,)
    else:
        starts = range(n - k + 1)
    for start in starts:
        if all(_word_matches(words[start + i], pattern.words[i], cat) for i in range(k)):
            return start, start + k
    return None


def _seq_positions(words: tuple[str, ...], seq: tuple[str, ...], anchor: str) -> list[int]:
    n, k = len(words), len(seq)
    if k > n:
        return []
    if anchor == "whole":
        return [0] if words == seq else []
    if anchor == "prefix":
        return [0] if words[:k] == seq else []
    if anchor == "suffix":
        return [n - k] if words[n - k :] == seq else []
    return [i for i in range(n - k + 1) if words[i : i + k] == seq]


def _exclusion_hit(
    words: tuple[str, ...],
    span: tuple[int, int],
    exclusion: Exclusion,
    keep: frozenset[str],
    stars: frozenset[int] = frozenset(),
    people: frozenset[int] = frozenset(),
) -> bool:
    """The exclusion's words stand outside the matched span, or where a "*" matched.

    Words before a person word qualify that person, not the value: in
    ``practice_manager_name`` the name is the manager's, whatever 'practice' excludes.
    """
    if exclusion.words[0] not in words:
        return False  # the cheap test first: most exclusions share no word with the name
    if len(exclusion.words) == 1 and exclusion.words[0] in keep:
        return False
    for pos in _seq_positions(words, exclusion.words, exclusion.anchor):
        end = pos + len(exclusion.words)
        if end <= span[0] and any(end <= i < span[0] for i in people):
            continue
        if exclusion.qualifies_person and end == span[0] and span[0] in people:
            continue  # 'dog' in dog_owner_name says whose owner: the name is the owner's
        if end <= span[0] or pos >= span[1] or stars.issuperset(range(pos, end)):
            return True
    return False


def _person_positions(words: tuple[str, ...], cat: ElementCatalog) -> frozenset[int]:
    """Where the words name a person or a person's role (``manager`` in practice_manager);
    a generic contact word does not (a supplier's ``contact_email`` is the supplier's)."""
    voc = cat.vocabulary
    return frozenset(
        i
        for i, w in enumerate(words)
        if (w in voc.person_objects or w in voc.person_roles or _agent_noun(w, cat))
        and w not in voc.generic_person_words
    )


@lru_cache(maxsize=8)
def known_words(cat: ElementCatalog) -> frozenset[str]:
    """Every word the catalogue mentions: in a pattern, an owner list, an exclusion or a word
    list of ``_global.toml``. A word outside it is one no rule foresaw (``agb`` in
    ``agb_number``)."""
    out: set[str] = set()
    for element in cat.elements.values():
        for pattern in element.patterns:
            out.update(*pattern.words)
            out.update(pattern.owners)
        for exclusion in element.exclusions:
            out.update(exclusion.words)
        for words in element.reject:
            out.update(words)
        out.update(element.keep, element.exclude_owners)
    for exclusion in cat.vocabulary.exclusions:
        out.update(exclusion.words)
    for item in fields(cat.vocabulary):
        value = getattr(cat.vocabulary, item.name)
        if isinstance(value, (frozenset, set)):
            out.update(w for w in value if isinstance(w, str))
        elif isinstance(value, dict) and item.name == "record_fields":
            out.update(w for name in value for w in name.split("_"))
    return frozenset(out)


def type_names(types: tuple[str, ...]) -> frozenset[str]:
    """Every identifier in the type strings, by last dotted part: ``Optional[models.X]`` -> X."""
    out: set[str] = set()
    for text in types:
        for ident in _IDENT.findall(text):
            out.add(ident.rsplit(".", 1)[-1])
    return frozenset(out)


def prepare(cat: ElementCatalog) -> None:
    """Build the pattern tables now (a parent builds them while its workers parse files)."""
    _trigger_tables(cat)
    _first_word_index(cat)
