"""The decision: every element's best candidate for a name (patterns, types, metadata, links),
weighed, vetoed by exclusions and type gates, and explained step by step."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from privlint.catalog.elements import (
    ANY_WORD,
    PERSON,
    ElementCatalog,
    ElementDef,
    Pattern,
)
from privlint.classify.context import (
    Context,
    _agent_noun,
    _elements,
    _head_words,
    _personal_settings,
    person_class,
    read_context,
)
from privlint.classify.patterns import (
    _drop_qualifiers,
    _exclusion_hit,
    _match,
    _patterns_for,
    _person_positions,
    _trigger_forms,
    _triggers,
    _word_matches,
    known_words,
    type_names,
)
from privlint.findings import Explanation
from privlint.words import is_constant_name, snake_case, split_words

if TYPE_CHECKING:
    from privlint.catalog import Catalog

THRESHOLD = 0.5
ANCHOR_CONFIDENCE = {"whole": 0.9, "suffix": 0.85, "prefix": 0.8, "any": 0.75}
ANCHOR_RANK = {"whole": 3, "suffix": 2, "prefix": 1, "any": 0}
PERSON_BONUS = 0.05
STRONG_TYPE_BONUS = 0.1
SUPPORT_TYPE_BONUS = 0.05
TYPE_ONLY_CONFIDENCE = 0.85
RELATED_CONFIDENCE = 0.95
LOOSE_CONFIDENCE = 0.55
REGISTRATION_CONFIDENCE = 0.6
METADATA_CONFIDENCE = {True: 0.6, False: 0.55}
METADATA_AGREES_BONUS = 0.05
METADATA_KEYS = ("verbose_name", "label", "title", "help_text", "description", "comment", "doc")
METADATA_MAX_WORDS = 10
PERSON_ID = "identity.person_id"


@dataclass(frozen=True)
class Classification:
    """The element a field or value was matched to, how sure we are, and why."""

    element: str
    confidence: float
    sensitivity: str
    special: bool
    source: str
    explanation: Explanation
    category_hint: str | None = None

    @property
    def is_personal(self) -> bool:
        return self.confidence >= THRESHOLD


@dataclass
class _Candidate:
    element: ElementDef
    confidence: float
    span: int
    rank: int
    steps: list[tuple[str, str]] = field(default_factory=list)
    flag: bool = False  # matched by a pattern whose yes/no is the fact itself


def _try_pattern(
    words: tuple[str, ...],
    element: ElementDef,
    pattern: Pattern,
    ctx: Context,
    cat: ElementCatalog,
    rejected: list[tuple[str, str]],
) -> _Candidate | None:
    if pattern.person_only and not ctx.is_person:
        return None
    if pattern.owners and not (pattern.owners & ctx.owner_words):
        return None
    if pattern.fields_only and ctx.kind != "field":
        return None
    span = _match(words, pattern, cat)
    if span is None:
        _explain_near_miss(words, element, pattern, cat, rejected)
        return None
    matched = " ".join(words[span[0] : span[1]])
    if (
        not ctx.is_person
        and len(pattern.words) > 1
        and PERSON in pattern.words[-1]
        and ANY_WORD in pattern.words[-2]
        and words[span[1] - 1] in cat.vocabulary.generic_person_words
    ):  # dimming_profile, risk_profile: a qualified generic word is a thing's, not a person
        rejected.append(
            (
                "excluded",
                f"'{matched}': '{words[span[1] - 1]}' qualified by another word names no one",
            )
        )
        return None
    owner_veto = sorted(element.exclude_owners & ctx.owner_words)
    if owner_veto and ctx.head and ctx.head not in element.exclude_owners:
        # TeamInvite: the invitee's e-mail; a Team's own is the team's
        voc = cat.vocabulary
        places = voc.organisation_objects | voc.thing_objects
        owner_veto = [w for w in owner_veto if w not in places or w in voc.organisation_qualifiers]
    if owner_veto and not ctx.is_person and not _names_person(words, cat):
        rejected.append(
            (
                "excluded",
                f"a '{owner_veto[0]}' class holds an organisation's or place's data "
                f"({element.source}): not {element.key} despite '{matched}'",
            )
        )
        return None
    # words a "*" matched only qualify the match: exclusions apply to them too
    # (password_digest is not a digest a person subscribes to; last_updated_at is the
    # record's own time, not the last time a person did something)
    lead = next((i for i, alts in enumerate(pattern.words) if ANY_WORD not in alts), 0)
    core = (span[0] + lead, span[1])
    stars = frozenset(
        span[0] + i for i, alts in enumerate(pattern.words) if ANY_WORD in alts and i >= lead
    )
    people = _person_positions(words, cat)
    for exclusion in (*element.exclusions, *cat.vocabulary.exclusions):
        if _exclusion_hit(words, core, exclusion, element.keep, stars, people):
            reason = exclusion.reason
            rejected.append(
                (
                    "excluded",
                    f"'{exclusion.text}' {reason} ({exclusion.source}): "
                    f"not {element.key} despite '{matched}'",
                )
            )
            return None
    base = (
        pattern.confidence if pattern.confidence is not None else ANCHOR_CONFIDENCE[pattern.anchor]
    )
    conf = base + (PERSON_BONUS if ctx.is_person and not pattern.person_only else 0.0)
    step = (
        "matched",
        f"words '{matched}' match pattern {pattern.describe()} of {element.key} ({pattern.source})",
    )
    return _Candidate(
        element, conf, span[1] - span[0], ANCHOR_RANK[pattern.anchor], [step], pattern.flag
    )


_NAME_WORDS = frozenset({"name", "names", "surname", "forename", "forenames"})
_PRIMARY_KEY_WORDS = frozenset({"id", "uuid", "guid", "pk"})
_CROWD_WORDS = frozenset({"people", "persons", "adults", "children", "guests", "attendees"})


def _singular(words: tuple[str, ...]) -> tuple[str, ...]:
    """Words with a plural ending dropped, to compare a field with its target's class name."""
    return tuple(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words
    )


def _names_person(words: tuple[str, ...], cat: ElementCatalog) -> bool:
    """The field name names a person (``manager_email``), not just a contact slot; a
    contact's name (``contact_name`` of an agency) is a person's even where the contact's
    e-mail is the agency's."""
    voc = cat.vocabulary
    if words[-1] in _NAME_WORDS and len(words) > 1 and words[-2] in voc.generic_person_words:
        return True
    if len(words) > 1 and "by" in words[1:]:  # collected_by, approved_by_id: who did it
        return True
    return any(
        (w in voc.person_objects or w in voc.person_roles or _agent_noun(w, cat))
        and w not in voc.generic_person_words
        for w in words
    )


def names_person(name: str, catalog: Catalog | ElementCatalog) -> bool:
    """True if the field name itself names a person or a person's role (``owner_name``)."""
    return _names_person(split_words(name), _elements(catalog))


def _explain_near_miss(
    words: tuple[str, ...],
    element: ElementDef,
    pattern: Pattern,
    cat: ElementCatalog,
    rejected: list[tuple[str, str]],
) -> None:
    """Say why ``password_hash`` is not a password: the words are there, but so is 'hash'."""
    if pattern.anchor == "any" or len(words) < 2:
        return
    span = _match(words, Pattern(pattern.text, pattern.words, "any"), cat)
    if span is None:
        return
    for exclusion in (*element.exclusions, *cat.vocabulary.exclusions):
        if _exclusion_hit(words, span, exclusion, element.keep):
            step = (
                "excluded",
                f"'{exclusion.text}' {exclusion.reason} ({exclusion.source}): "
                f"not {element.key} despite '{' '.join(words[span[0] : span[1]])}'",
            )
            if step not in rejected:
                rejected.append(step)
            return


def _metadata_words(metadata: tuple[tuple[str, str], ...]) -> list[tuple[str, tuple[str, ...]]]:
    out = []
    for key, value in metadata:
        if key in METADATA_KEYS and value:
            words = split_words(value, drop_accessor=False)
            if 0 < len(words) <= METADATA_MAX_WORDS:
                out.append((key, words))
    return out


def _from_metadata(
    metadata: tuple[tuple[str, str], ...], ctx: Context, cat: ElementCatalog
) -> dict[str, tuple[float, str]]:
    """Elements the field's metadata (verbose_name, help_text ...) speaks of."""
    found: dict[str, tuple[float, str]] = {}
    for key, words in _metadata_words(metadata):
        forms = _trigger_forms(words, cat)
        for element in cat.elements.values():
            # only patterns that can start in these words
            for pattern in _patterns_for(element, forms, cat):
                if pattern.person_only and not ctx.is_person:
                    continue
                if pattern.owners and not (pattern.owners & ctx.owner_words):
                    continue
                if pattern.fields_only and ctx.kind != "field":
                    continue
                if all(PERSON in alts or ANY_WORD in alts for alts in pattern.words):
                    continue  # "what the parent has noticed" mentions a person, links none
                loose = Pattern(pattern.text, pattern.words, "any", source=pattern.source)
                span = _match(words, loose, cat)
                if span is None:
                    continue
                if any(
                    _exclusion_hit(words, span, e, element.keep)
                    for e in (*element.exclusions, *cat.vocabulary.exclusions)
                ):
                    continue
                text = f"{key} '{' '.join(words)}' mentions '{pattern.text}' ({pattern.source})"
                found.setdefault(element.key, (METADATA_CONFIDENCE[ctx.is_person], text))
    return found


def _name_excluded(rejected: list[tuple[str, str]]) -> bool:
    """An exclusion fired on the name itself (``secret_hash``): what its metadata mentions
    (``verbose_name="password"``) is what the value was made from, not the value."""
    return any(label == "excluded" for label, _ in rejected)


def _allowed_by_types(
    element: ElementDef,
    tnames: frozenset[str],
    rejected: list[tuple[str, str]],
    cat: ElementCatalog | None = None,
    flag: bool = False,
    many: bool = False,
) -> bool:
    clash = sorted(element.types_exclude & tnames)
    if flag and cat is not None:  # on_benefits: bool is the fact, not a flag about it
        clash = [t for t in clash if t not in cat.vocabulary.type_groups.get("boolean", ())]
    if many and cat is not None:  # carer_ids: list[UUID] holds several links, each a key
        clash = [t for t in clash if t not in cat.vocabulary.type_groups.get("collection", ())]
    if clash and not (element.types_strong & tnames):
        rejected.append(("types", f"type '{clash[0]}' rules out {element.key} ({element.source})"))
        return False
    return True


def _decide(
    name: str,
    cat: ElementCatalog,
    owner: str | None,
    owner_bases: tuple[str, ...],
    types: tuple[str, ...],
    kind: str,
    related: str | None,
    metadata: tuple[tuple[str, str], ...],
    module: str | None = None,
    record: str | None = None,
    mapping_key: bool = False,
) -> tuple[_Candidate | None, list[tuple[str, str]]]:
    steps: list[tuple[str, str]] = []
    if is_constant_name(name) and not mapping_key:
        return None, [("skipped", f"'{name}' is an ALL_CAPS constant, not a data slot")]
    if name.startswith("__") and name.endswith("__"):
        return None, [("skipped", f"'{name}' is a dunder attribute")]
    words = split_words(name)
    units = cat.vocabulary.unit_words
    while len(words) > 1 and words[-1] in units:
        words = words[:-1]
    if not words:
        return None, [("skipped", f"'{name}' has no words")]
    steps.append(("words", f"'{name}' -> '{' '.join(words)}'"))
    model = next((value for key, value in metadata if key == "meta_model"), None)
    if model is not None:
        steps.append(("model", f"named in Meta.fields: the field '{name}' of model '{model}'"))
    base = next((value for key, value in metadata if key == "inherited_from"), None)
    if base is not None:
        steps.append(("model", f"not declared here: inherited from the framework's '{base}'"))
    plain = _drop_qualifiers(words, cat)
    if plain != words:
        steps.append(("words", f"'{' '.join(plain)}': a number after a person word says which"))
        words = plain
    ctx = read_context(owner, owner_bases, cat, kind, module)
    if record and not ctx.is_person and not ctx.is_config:
        # The project's own fields showed this class describes a person (resolve.py's first
        # pass): read it permissively, as a class named Customer would be.
        text = f"class '{owner}' {record}"
        ctx = Context(True, ctx.owner_words, text + "; permissive patterns apply")
    steps.append(("context", ctx.text))
    if ctx.is_config:
        # a person's own settings (khoj's NotionConfig.user): the link is still to a person
        linked = _linked(related, cat, "a relationship to") if related else None
        if linked is None or linked.element.key != PERSON_ID:
            return None, steps
        why = "a link to a person is theirs on a configuration record too: their own settings"
        return linked, [*steps, ("context", why), *linked.steps]
    tree = _tree_link(words, owner, related, ctx, cat)
    if tree is not None:
        return None, [*steps, ("excluded", tree)]
    tnames = type_names(types)
    rejected: list[tuple[str, str]] = []

    if related:
        linked = _linked(related, cat, "a relationship to")
        key_only = words[-1] in cat.vocabulary.identifier_words
        if linked is not None and key_only and linked.element.key != PERSON_ID:
            why = f"'{name}' holds the key of the '{related}' record, not the address itself"
            return None, [*steps, *linked.steps, ("excluded", why)]
        if linked is not None:
            return linked, steps + linked.steps
        steps.append(("related", f"relationship to '{related}', not a person object"))
        if related.lower() in cat.vocabulary.framework_things:
            why = f"'{related}' is a framework's model that is never a person"
            return None, [*steps, ("excluded", why)]
        if key_only and ctx.is_person and len(words) > 1:
            held = _held_by_link(words[:-1], cat, owner, owner_bases, kind, module, record)
            if held is not None:
                return held, steps + held.steps
        target = _head_words(related.rsplit(".", 1)[-1], cat)
        base = words[:-1] if words[-1] in cat.vocabulary.identifier_words else words
        named_target = base and _singular(base) == _singular(target[-len(base) :])
        organisation = bool(target) and target[-1] in cat.vocabulary.organisation_objects
        if named_target and not organisation and not _names_person(base, cat):
            # prescription = ForeignKey(Prescription): a link to that record, not its content
            why = f"'{name}' links to the '{related}' record by its name, not a value of its own"
            return None, [*steps, ("excluded", why)]
    for tname in sorted(tnames):
        if tname in cat.known_types:
            continue
        linked = _linked(tname, cat, "typed with the class")
        if linked is not None:
            return linked, steps + linked.steps
        if _config_type(tname, cat):
            steps.append(
                (
                    "types",
                    f"typed with '{tname}', a configuration object: it holds settings, "
                    "not a person's value",
                )
            )
            return None, steps

    if ctx.is_thing and not _names_person(words, cat):
        why = f"'{' '.join(words)}' names no person: the value is the record's own"
        return None, [*steps, ("excluded", why)]
    identifier = words[-1] in cat.vocabulary.identifier_words
    many = words[-1] in cat.vocabulary.identifier_lists
    if identifier and owner and not related:
        head = _head_words(owner, cat)
        own = len(words) > 1 and words[:-1] == head[-(len(words) - 1) :]
        shown = owner.rsplit(".", 1)[-1]
        if own and not ctx.is_person and _names_person(words[:-1], cat):
            # Chair.chair_id: a chair, not a chairperson
            why = f"'{name}' is class '{shown}''s own key, and the class is no person's record"
            return None, [*steps, ("excluded", why)]
        if own and not ctx.is_person and words[:-1] == ("session",) and len(head) > 1:
            # CaptureSession.session_id: a photo booth's or a class's session, not a login's
            why = f"'{name}' is class '{shown}''s own key: that session's, not a web session's"
            return None, [*steps, ("excluded", why)]
        if own and ctx.is_person and words[-1] in _PRIMARY_KEY_WORDS:
            # Customer.customer_id: the row's key by another name, like `id` (a number a
            # person is given and quotes, member_number, stays theirs)
            why = f"'{name}' is class '{shown}''s own primary key, like 'id': it names the row"
            return None, [*steps, ("excluded", why)]
    if identifier:
        steps.append(
            (
                "identifier",
                f"name ends in '{words[-1]}': an identifier, only identifier elements "
                "(person, session, device ids ...) are considered",
            )
        )

    candidates: list[_Candidate] = []
    forms = _trigger_forms(words, cat)
    triggers = _triggers(cat)
    for element in cat.elements.values():
        if identifier and not element.identifier:
            continue
        if tuple(words) in element.reject:
            rejected.append(("excluded", f"'{' '.join(words)}' is never {element.key}"))
            continue
        best: _Candidate | None = None
        vetoed = len(rejected)
        for pattern in _patterns_for(element, forms, cat):
            cand = _try_pattern(words, element, pattern, ctx, cat, rejected)
            if cand and (best is None or _order(cand) > _order(best)):
                best = cand
        vetoed = len(rejected) > vetoed
        strong = sorted(element.types_strong & tnames)
        if best is None and strong and not identifier and not vetoed:
            best = _Candidate(element, TYPE_ONLY_CONFIDENCE, 0, 0)
            best.steps.append(
                ("types", f"type '{strong[0]}' is strong evidence for {element.key} on its own")
            )
        elif best is not None and strong:
            best.confidence += STRONG_TYPE_BONUS
            best.steps.append(("types", f"type '{strong[0]}' is strong evidence for {element.key}"))
        if best is None or not _allowed_by_types(element, tnames, rejected, cat, best.flag, many):
            continue
        support = sorted(element.types_support & tnames)
        if support and not strong:
            best.confidence += SUPPORT_TYPE_BONUS
            best.steps.append(("types", f"type '{support[0]}' supports {element.key}"))
        candidates.append(best)

    if not candidates and not ctx.is_person and not identifier and not ctx.is_thing:
        candidates = _person_prefixed(words, ctx, cat, tnames, rejected)
    if not candidates and ctx.is_person and not identifier and len(words) > 1:
        candidates = _loose(words, ctx, cat, tnames, forms, triggers, rejected)
    if not candidates and ctx.is_person:
        candidates = _registration(words, tnames, cat, rejected)
    meta = _from_metadata(metadata, ctx, cat) if metadata else {}
    for cand in candidates:
        if cand.element.key in meta:
            cand.confidence += METADATA_AGREES_BONUS
            cand.steps.append(("metadata", meta[cand.element.key][1] + ": agrees"))
    if not candidates and meta and not identifier and not ctx.is_person:
        shown = "; ".join(text for _, text in meta.values())
        rejected.append(
            ("metadata", f"{shown}: metadata only supports a match outside person objects")
        )
    elif not candidates and meta and not identifier and not _name_excluded(rejected):
        for key, (conf, text) in meta.items():
            element = cat.elements[key]
            if not _allowed_by_types(element, tnames, rejected):
                continue
            cand = _Candidate(element, conf, 0, -1, [("metadata", text)])
            candidates.append(cand)

    if not candidates and not ctx.is_thing:
        candidates = _people_list(words, tnames, cat)
        if candidates:  # the list overrides "attendees is never a person id" (a count)
            never = f"is never {PERSON_ID}"
            rejected[:] = [step for step in rejected if not step[1].endswith(never)]
    candidates = [c for c in candidates if not _counts_people(c, words, tnames, cat, rejected)]
    if not candidates:
        if not rejected:
            rejected.append(("matched", "no catalogue pattern matches these words"))
        return None, steps + rejected
    winner = max(candidates, key=_order)
    typed = [c for c in candidates if c.element.types_strong & tnames]
    if typed and not winner.element.types_strong & tnames:
        # username = EmailField(): the type says what kind of value it is, whatever the
        # name says (within a family, the name's reading stays: a SecretStr password)
        best_typed = max(typed, key=_order)
        if best_typed.element.key.split(".")[0] != winner.element.key.split(".")[0]:
            winner = best_typed
    winner = _role_as_name(winner, words, tnames, cat) if not identifier else winner
    winner.confidence = min(1.0, round(winner.confidence, 2))
    if not any(label == "types" for label, _ in winner.steps):
        shown = ", ".join(sorted(tnames)) if tnames else "none"
        winner.steps.append(("types", f"no type evidence (types: {shown})"))
    others = [c for c in candidates if c is not winner]
    if others:
        alt = ", ".join(f"{c.element.key} {c.confidence:.2f}" for c in sorted(others, key=_order))
        rejected.append(("also considered", alt))
    return winner, steps + winner.steps + rejected


# What a person's key to another record says of them: where they work, study or travel from
# (employer_id, depot_id, school_id, pickup_stop_id on a person's record).
_LINK_FAMILIES = frozenset({"employment", "location", "demographic"})
_LINK_ELEMENTS = frozenset({"demographic.education"})


def _held_by_link(
    base: tuple[str, ...],
    cat: ElementCatalog,
    owner: str | None,
    owner_bases: tuple[str, ...],
    kind: str,
    module: str | None,
    record: str | None,
) -> _Candidate | None:
    """``employer_id`` on a member's record: the key of their employer's record says who employs
    them, as ``employer`` would, and Odoo's ``nationality_id = Many2one("res.country")`` their
    nationality. Only employment, demographic values (education, nationality, language ...) and
    location are read this way; a key to a plan, a cohort or an address record stays a key
    (measured on the labelled sets; demographic values since round 18: +1, -0)."""
    cand, _ = _decide("_".join(base), cat, owner, owner_bases, (), kind, None, (), module, record)
    if cand is None:
        return None
    key = cand.element.key
    if key.split(".")[0] not in _LINK_FAMILIES and key not in _LINK_ELEMENTS:
        return None
    cand.steps.append(
        ("related", f"a person's key to their {' '.join(base)} record holds {key} about them")
    )
    return cand


def _registration(
    words: tuple[str, ...],
    tnames: frozenset[str],
    cat: ElementCatalog,
    rejected: list[tuple[str, str]],
) -> list[_Candidate]:
    """``agb_number`` on an archer's record: a number named after a word no rule knows, most
    often an acronym, is the person's number with that register or body, which identifies
    them. Only two-word names ending in a ``registrations`` word of ``_global.toml``."""
    if len(words) != 2 or words[1] not in cat.vocabulary.registration_words:
        return []
    body = words[0]
    if not body.isalpha() or body in known_words(cat) or PERSON_ID not in cat.elements:
        return []
    element = cat.elements[PERSON_ID]
    if not _allowed_by_types(element, tnames, rejected):
        return []
    why = (
        f"'{body}' is no word of the catalogue, and on a person's record a {words[1]} named "
        f"after a body or register (a sport's, a profession's) identifies its holder"
    )
    return [_Candidate(element, REGISTRATION_CONFIDENCE, 0, -1, [("matched", why)])]


def _counts_people(
    cand: _Candidate,
    words: tuple[str, ...],
    tnames: frozenset[str],
    cat: ElementCatalog,
    rejected: list[tuple[str, str]],
) -> bool:
    """``dependants: int``, ``expected_guests = IntegerField()``: a number named by people in
    the plural counts them; it links to no one."""
    numbers = cat.vocabulary.type_groups.get("number", frozenset())
    if cand.element.key != PERSON_ID or not (tnames & numbers):
        return False
    if tnames & cat.vocabulary.type_groups.get("collection", frozenset()):
        return False  # list[int]: a list of keys, not a count
    word = words[-1]
    if not _people_in_plural(word, cat):
        return False  # "customer: int" is a key, "customer_ids" are keys
    shown = sorted(tnames & numbers)[0]
    rejected.append(("types", f"'{word}' as a number ({shown}) counts people, links to no one"))
    return True


def _people_in_plural(word: str, cat: ElementCatalog) -> bool:
    """``attendees``, ``volunteers``, ``guests``: a word naming people in the plural."""
    if word in _CROWD_WORDS:
        return True
    people = cat.vocabulary.person_objects | cat.vocabulary.person_roles
    singles = {word[:-1], word[:-2], word[:-3] + "y"} if word.endswith("s") else set()
    return bool(singles & people)


_ID_ITEMS = frozenset({"UUID", "uuid", "UUID4", "UUIDType", "UUIDField", "Uuid"})


def _people_list(
    words: tuple[str, ...], tnames: frozenset[str], cat: ElementCatalog
) -> list[_Candidate]:
    """``attendees: list[int]``, ``users = fields.List(fields.Integer())``: a collection of
    numbers or UUIDs named after people in the plural holds their ids (a bare ``attendees:
    int`` counts them, see _counts_people)."""
    groups = cat.vocabulary.type_groups
    if len(words) != 1 or PERSON_ID not in cat.elements:
        return []
    if not tnames & groups.get("collection", frozenset()):
        return []
    items = tnames & (groups.get("number", frozenset()) | _ID_ITEMS)
    if not items:
        return []
    word = words[0]
    if not _people_in_plural(word, cat):
        return []
    cand = _Candidate(cat.elements[PERSON_ID], PEOPLE_LIST_CONFIDENCE, 1, 0)
    cand.steps.append(
        (
            "matched",
            f"'{word}' names people in the plural and holds a collection of "
            f"{sorted(items)[0]}: their ids, each a link to a person",
        )
    )
    cand.steps.append(("types", f"types {', '.join(sorted(tnames))}: a list of keys"))
    return [cand]


PEOPLE_LIST_CONFIDENCE = 0.7


_PARENT = frozenset({("parent",), ("parent", "id"), ("parent", "uuid"), ("parent", "pk")})


def _tree_link(
    words: tuple[str, ...],
    owner: str | None,
    related: str | None,
    ctx: Context,
    cat: ElementCatalog,
) -> str | None:
    """Why ``parent_id`` points up a tree (a reply's parent message, a category's parent
    category) rather than at a child's parent, or None. Only off a person's record, and only
    where the link is to the class itself or the class is one that forms trees
    (``tree_objects``): a child's ``parent_id`` and a check-in's stay links to a person."""
    if tuple(words) not in _PARENT or not owner or ctx.is_person:
        return None
    head = _head_words(owner, cat)
    shown = owner.rsplit(".", 1)[-1]
    if related:
        target = related.rsplit(".", 1)[-1]
        own = {shown.lower(), snake_case(shown), snake_case(shown) + "s", "self"}
        if target.lower() in own or target == shown:
            return f"'{' '.join(words)}' links '{shown}' to another '{shown}' above it, a tree"
    if head and head[-1] in cat.vocabulary.tree_objects:
        return f"a '{head[-1]}' forms a tree: its parent is another {head[-1]}, not a person"
    return None


def _role_as_name(
    winner: _Candidate, words: tuple[str, ...], tnames: frozenset[str], cat: ElementCatalog
) -> _Candidate:
    """``surveyor: str``, ``crew_leader = CharField()``: a plain string named by a person's
    role holds that person's name; only a relationship or an ``*_id`` links to their record."""
    plain = cat.vocabulary.type_groups.get("plain_text", frozenset())
    if winner.element.key != PERSON_ID or not (tnames & plain):
        return winner
    shown = sorted(tnames & plain)[0]
    if words == ("user",):  # user: str on a wallet holds the account's key, not a name
        return winner
    if words[-1] == "by":  # approved_by: str holds who did it, as the system knows them
        key, what = "identity.username", "a string saying who did something holds their login"
    elif _word_matches(words[-1], frozenset({PERSON}), cat):
        key, what = "identity.name", "a string named by a person's role holds their name"
    else:
        return winner
    element = cat.get(key)
    if element is None:
        return winner
    cand = _Candidate(element, winner.confidence, winner.span, winner.rank, list(winner.steps))
    cand.steps.append(
        (
            "types",
            f"'{shown}' is plain text: {what}, not a link to their record -> {key}",
        )
    )
    return cand


def _person_prefixed(
    words: tuple[str, ...],
    ctx: Context,
    cat: ElementCatalog,
    tnames: frozenset[str],
    rejected: list[tuple[str, str]],
) -> list[_Candidate]:
    """A name that starts with a person word reads the rest as a person's record would.

    ``patient_weight`` on a study, ``driver_height`` on a booking: the first word says whose
    value it is, so the rest is matched with the patterns of person objects (a study's own
    ``weight`` would not be).
    """
    voc = cat.vocabulary
    head, rest = words[0], words[1:]
    if not rest or head in voc.generic_person_words or head not in voc.person_objects:
        return []
    if head in voc.tree_words:  # parent_alias: a tree's parent as often as a child's
        return []
    person = replace(ctx, is_person=True, text=f"the name starts with the person word '{head}'")
    forms = _trigger_forms(rest, cat)
    out: list[_Candidate] = []
    for element in cat.elements.values():
        if element.identifier or rest in element.reject or element.key in _NOT_PREFIXED:
            continue
        if not element.key.startswith(_PREFIXED):
            continue
        best: _Candidate | None = None
        for pattern in _patterns_for(element, forms, cat):
            if not pattern.person_only or pattern.owners:
                continue
            cand = _try_pattern(rest, element, pattern, person, cat, rejected)
            if cand and (best is None or _order(cand) > _order(best)):
                best = cand
        if best is None or not _allowed_by_types(element, tnames, rejected, cat, best.flag):
            continue
        best.confidence = min(best.confidence, PERSON_PREFIX_CONFIDENCE)
        best.steps.insert(
            0, ("context", f"the name starts with the person word '{head}': read as theirs")
        )
        out.append(best)
    return out


PERSON_PREFIX_CONFIDENCE = 0.7
# What a person word in front says is the person's: their body and health, their words,
# their secrets, their name and demographics. Not read through it: a visiting engineer's
# company (a firm), a process's user_handle, a certificate's client_fingerprint, an
# address's dependent_locality, and a patient's orientation on a scan (the image's).
_PREFIXED = ("health", "content", "credentials", "identity.name", "demographic")
_NOT_PREFIXED = frozenset({"demographic.sexual_orientation"})


def _loose(
    words: tuple[str, ...],
    ctx: Context,
    cat: ElementCatalog,
    tnames: frozenset[str],
    forms: frozenset[str],
    triggers: dict[str, frozenset[str]],
    rejected: list[tuple[str, str]],
) -> list[_Candidate]:
    """On a person's record, an element's words anywhere in the name are weaker evidence.

    ``partner_one_name``, ``medical_conditions_declared``: no anchored pattern fits, but the
    record is a person's, so its patterns are tried anywhere in the name at lower confidence
    (exclusions and type gates still apply).
    """
    out: list[_Candidate] = []
    for element in cat.elements.values():
        if element.identifier:
            continue
        if triggers[element.key].isdisjoint(forms) or tuple(words) in element.reject:
            continue
        best: _Candidate | None = None
        for pattern in _patterns_for(element, forms, cat):
            if pattern.anchor == "any" or pattern.owners:
                continue
            if pattern.anchor == "whole" and len(pattern.words) == 1:
                continue  # a lone generic word (status, title, school) says too little
            loose = Pattern(
                pattern.text,
                pattern.words,
                "any",
                person_only=pattern.person_only,
                confidence=LOOSE_CONFIDENCE,
                source=pattern.source,
            )
            cand = _try_pattern(words, element, loose, ctx, cat, rejected)
            if cand is None:
                continue
            cand.confidence = LOOSE_CONFIDENCE
            cand.steps[-1] = (
                "matched",
                f"{cand.steps[-1][1]}, but inside the name, not where its anchor "
                f"({pattern.anchor}) asks: weaker evidence, accepted on a person's record",
            )
            if best is None or _order(cand) > _order(best):
                best = cand
        if best is not None and _allowed_by_types(element, tnames, rejected):
            out.append(best)
    return out


def _linked(target: str, cat: ElementCatalog, how: str) -> _Candidate | None:
    """A link to a person record is a person id; a link to an address record is an address."""
    person = person_class(target, cat)
    if person:
        key, what = PERSON_ID, f"a person object (word '{person}')"
    else:
        words = _head_words(target, cat)
        if not words or words[-1] not in cat.vocabulary.address_objects:
            return None
        address = cat.get("contact.postal_address")
        vetoes = {e.words[0] for e in address.exclusions if len(e.words) == 1} if address else ()
        if any(w in vetoes for w in words):
            return None  # an IPv4Address or EmailAddress is not a postal address
        key, what = "contact.postal_address", f"an address record (word '{words[-1]}')"
    element = cat.get(key)
    if element is None:
        return None
    cand = _Candidate(element, RELATED_CONFIDENCE, 1, 4)
    cand.steps.append(("related", f"{how} '{target}', {what} -> {key} ({element.source})"))
    return cand


def _config_type(name: str, cat: ElementCatalog) -> bool:
    """``MailConfig``, ``PasswordPolicy``: a project class that holds configuration."""
    words = _head_words(name, cat)
    return (
        len(words) > 1
        and words[-1] in cat.vocabulary.config_objects
        and not _personal_settings(words, cat)
    )


def _order(c: _Candidate) -> tuple[float, int, int, bool]:
    # On a tie, the more specific match wins, then the special-category reading (the safer
    # one to over-report: clinical_notes is health data before it is a note).
    return (round(c.confidence, 4), c.span, c.rank, c.element.special)


@lru_cache(maxsize=32768)
def _classify_cached(
    name: str,
    cat: ElementCatalog,
    owner: str | None,
    owner_bases: tuple[str, ...],
    types: tuple[str, ...],
    kind: str,
    related: str | None,
    metadata: tuple[tuple[str, str], ...],
    module: str | None = None,
    record: str | None = None,
    mapping_key: bool = False,
) -> tuple[Classification | None, Explanation]:
    winner, raw_steps = _decide(
        name, cat, owner, owner_bases, types, kind, related, metadata, module, record, mapping_key
    )
    steps = list(dict.fromkeys(raw_steps))  # one exclusion can be reached by several patterns
    if winner is None or winner.confidence < THRESHOLD:
        if winner is not None:
            steps.append(("confidence", f"{winner.confidence:.2f} is below {THRESHOLD}"))
        return None, Explanation(tuple(steps))
    steps.append(("confidence", f"{winner.confidence:.2f}"))
    explanation = Explanation(tuple(steps))
    key = winner.element.key
    result = Classification(
        element=key,
        confidence=winner.confidence,
        sensitivity=cat.sensitivity(key),
        special=cat.is_special(key),
        source="detector",
        explanation=explanation,
    )
    return result, explanation
