"""Whose data a name is: the owner class read as a person object, configuration, a thing, or
none of these, which decides whether permissive or conservative patterns apply."""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from privlint.catalog.elements import ElementCatalog
from privlint.words import split_words

if TYPE_CHECKING:
    from privlint.catalog import Catalog


@dataclass(frozen=True)
class Context:
    """Whose data a name is: a person object or not, and the words of its owner class."""

    is_person: bool
    owner_words: frozenset[str]
    text: str
    is_config: bool = False
    is_thing: bool = False
    head: str = ""  # the class name's head word (TeamInvite -> invite)
    kind: str = "field"  # what is read: a class's field, a function's parameter, a dict key


def _elements(catalog: Catalog | ElementCatalog) -> ElementCatalog:
    return catalog if isinstance(catalog, ElementCatalog) else catalog.elements


def _agent_noun(word: str, cat: ElementCatalog) -> bool:
    """A word formed like a profession (audiolog-ist, optic-ian, photo-grapher): a person."""
    return any(
        word.endswith(end) and len(word) > len(end) + 2 for end in cat.vocabulary.person_suffixes
    )


def _head_words(name: str, cat: ElementCatalog) -> tuple[str, ...]:
    """Words of a class or variable name with framework suffixes (Model, Serializer) removed."""
    last = name.rsplit(".", 1)[-1]
    words = list(split_words(last))
    while len(words) > 1 and words[-1] in cat.vocabulary.class_suffixes:
        words.pop()
    return tuple(words)


def person_class(name: str, cat: ElementCatalog) -> str | None:
    """The person word that makes ``name`` a person object (``CustomerProfile`` -> profile)."""
    words = _head_words(name, cat)
    if not words or any(w in cat.vocabulary.not_person_objects for w in words):
        return None
    head = words[-1]
    for candidate in (head, head[:-1] if head.endswith("s") else head):
        if candidate in cat.vocabulary.person_objects or _agent_noun(candidate, cat):
            return candidate
    return None


_DETAIL_WORDS = frozenset({"details", "detail", "info", "information"})


def _personal_details(name: str, cat: ElementCatalog) -> str | None:
    """``RepaymentBankDetails``, ``PayoutInfo``: a person's bank or payment details, not the
    bank's own record (``personal_detail_heads`` in ``_global.toml``)."""
    words = split_words(name.rsplit(".", 1)[-1])
    for first, second in pairwise(words):
        if first in cat.vocabulary.personal_detail_heads and second in _DETAIL_WORDS:
            return f"{first} {second}"
    return None


def _personal_settings(words: tuple[str, ...], cat: ElementCatalog) -> bool:
    """``NotificationSettings``, ``UserSettings``: a person's own choices, not configuration."""
    voc = cat.vocabulary
    return any(w in voc.personal_settings_words or w in voc.person_objects for w in words[:-1])


def config_class(
    name: str, bases: tuple[str, ...], module: str | None, cat: ElementCatalog
) -> str | None:
    """Why a class holds service configuration (settings, credentials of the system), or None.

    A settings class's ``smtp_password`` or ``support_email`` is the service's, whatever its
    type says (``SecretStr`` hides a value, it does not make it a person's).
    """
    voc = cat.vocabulary
    words = _head_words(name, cat)
    if not words or _personal_settings(words, cat):
        return None
    if words[-1] in voc.config_objects and (
        len(words) > 1 or words[-1] not in voc.config_qualified
    ):
        return f"its name ends in '{words[-1]}'"
    for base in bases:
        last = base.rsplit(".", 1)[-1]
        if last in voc.config_bases:
            return f"it derives from '{last}'"
        base_words = _head_words(last, cat)
        if base_words and base_words[-1] in voc.config_objects:
            return f"it derives from '{last}'"
    if module:
        part = module.rsplit(".", 1)[-1].lower()
        if part in voc.config_modules:
            return f"it is declared in the configuration module '{module}'"
    return None


_BUYERS = frozenset({"customer", "customers", "client", "clients"})
_FIRM_WORDS = frozenset({"enterprise", "corporate", "wholesale", "trade"})


def read_context(
    owner: str | None,
    owner_bases: tuple[str, ...],
    cat: ElementCatalog,
    kind: str = "field",
    module: str | None = None,
) -> Context:
    """Decide whether the owner (class, or receiver variable for flows) is a person object."""
    context = replace(_read_context(owner, owner_bases, cat, kind, module), kind=kind)
    words = _head_words(owner, cat) if owner else ()
    return replace(context, head=words[-1]) if words else context


def _read_context(
    owner: str | None,
    owner_bases: tuple[str, ...],
    cat: ElementCatalog,
    kind: str,
    module: str | None,
) -> Context:
    noun = "class" if kind == "field" else "owner"
    if not owner:
        return Context(False, frozenset(), "no owner: conservative patterns only")
    words = _head_words(owner, cat)
    hit = person_class(owner, cat)
    if not hit and kind == "field":
        why = config_class(owner, owner_bases, module, cat)
        if why:
            text = f"class '{owner}' holds configuration ({why}): not a person's data"
            return Context(False, frozenset(words), text, is_config=True)
    if owner.lower() in cat.vocabulary.object_stopwords:
        return Context(False, frozenset(), f"owner '{owner}' says nothing about whose data it is")
    variable = owner.rsplit(".", 1)[-1].lstrip("_")[:1].islower()  # driver.name, not Driver
    if variable and hit and words and words[-1] in cat.vocabulary.software_roles:
        text = (
            f"owner '{owner}' (word '{words[-1]}') names a software component as often as a "
            "person in code: conservative patterns only"
        )
        return Context(False, frozenset(words), text)
    own = [w for w in words[:-1] if w in cat.vocabulary.person_objects]
    if not hit and own and words[-1] in cat.vocabulary.config_objects:
        text = f"{noun} '{owner}' holds a person's own settings (word '{own[0]}'): permissive"
        return Context(True, frozenset(words), text + " patterns apply")
    if not hit and words and words[-1] in cat.vocabulary.address_objects:
        text = (
            f"{noun} '{owner}' is an address record (word '{words[-1]}'): permissive patterns apply"
        )
        return Context(True, frozenset(words), text)
    voc = cat.vocabulary
    firm = [w for w in words[:-1] if w in voc.organisation_objects | _FIRM_WORDS]
    buyer = hit in _BUYERS and words[-1] == hit
    if hit and kind == "field" and (hit in voc.generic_person_words or buyer) and firm:
        text = (
            f"class '{owner}' holds the {hit} details of an organisation or place (word "
            f"'{firm[-1]}'): only fields that name a person hold personal data"
        )
        return Context(False, frozenset(words), text, is_thing=True)
    if hit:
        text = f"{noun} '{owner}' is a person object (word '{hit}'): permissive patterns apply"
        return Context(True, frozenset(words), text)
    details = _personal_details(owner, cat)
    if details and kind == "field":
        text = f"{noun} '{owner}' holds a person's {details}: permissive patterns apply"
        return Context(True, frozenset(words), text)
    own_kind = bool(words) and words[-1] in voc.organisation_objects | voc.thing_objects
    for base in () if own_kind else owner_bases:  # an Organisation(ContactMixin) is a firm
        hit = person_class(base, cat)
        if hit:
            text = (
                f"{noun} '{owner}' is a person object through base '{base}' (word '{hit}'): "
                "permissive patterns apply"
            )
            return Context(True, frozenset(words), text)
    if kind == "field" and words and words[-1] in voc.organisation_objects | voc.thing_objects:
        text = (
            f"class '{owner}' is a record of an organisation, place, product, animal or system "
            f"(word '{words[-1]}'): only fields that name a person hold personal data"
        )
        return Context(False, frozenset(words), text, is_thing=True)
    text = f"{noun} '{owner}' is not a person object, conservative patterns only"
    return Context(False, frozenset(words), text)
