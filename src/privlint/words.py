"""Split identifiers into lower-case words, the unit every element pattern matches on.

Matching whole words instead of substrings is what keeps ``usage`` from being an age and
``megaphone`` from being a phone number (the anchors' most common false positives).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

# Letters-and-digits tokens that lose their meaning when the digits are dropped.
KEEP_ALNUM: frozenset[str] = frozenset(
    {
        "ipv4",
        "ipv6",
        "md5",
        "sha1",
        "sha224",
        "sha256",
        "sha384",
        "sha512",
        "e164",
        "x509",
        "oauth2",
        "base64",
        "b64",
        "utf8",
        "i18n",
        "l10n",
        "s3",
        "2fa",
        "3ds",
        "1099",
        "cvv2",
        "cvc2",
        "hba1c",
        "spo2",
        "auth0",
        "last4",
        "what3words",
        "w3w",
    }
)

# Leading verbs of accessor names; dropped when more words follow (``get_email`` -> email).
ACCESSOR_PREFIXES: frozenset[str] = frozenset({"get", "set"})

_SEPARATORS = re.compile(r"[^A-Za-z0-9]+")
_CASE_PARTS = re.compile(r"[A-Z]+[0-9]*(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+[a-z]*")
_DIGITS = re.compile(r"[0-9]+")


def _split_part(part: str) -> list[str]:
    low = part.lower()
    if low in KEEP_ALNUM:
        return [low]
    return [piece for piece in _DIGITS.split(low) if piece]


@lru_cache(maxsize=65536)
def split_words(name: str, *, drop_accessor: bool = True) -> tuple[str, ...]:
    """Split a name: ``remoteAddress`` -> (remote, address), ``dob2`` -> (dob,).

    Separators (``_ - . : $`` and spaces) and case changes start new words, digit runs are
    dropped (except in tokens such as ``ipv4``), and a leading ``get``/``set`` is dropped when
    other words follow.
    """
    words: list[str] = []
    for chunk in _SEPARATORS.split(name):
        if not chunk:
            continue
        if chunk.lower() in KEEP_ALNUM:
            words.append(chunk.lower())
            continue
        for part in _CASE_PARTS.findall(chunk):
            words.extend(_split_part(part))
    if drop_accessor and len(words) > 1 and words[0] in ACCESSOR_PREFIXES:
        words = words[1:]
    return tuple(words)


def is_constant_name(name: str) -> bool:
    """ALL_CAPS names are constants (``EMAIL_FIELD``), not slots that hold personal data."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def normalise(name: str) -> str:
    """The words of ``name`` joined by spaces, as explanations show them."""
    return " ".join(split_words(name))


def snake_case(name: str) -> str:
    """``RouteStop`` -> ``route_stop``: a class name as the table or key names it."""
    out = [name[0].lower()] if name else []
    for prev, char in pairwise(name):
        out.append(("_" + char.lower()) if char.isupper() and not prev.isupper() else char.lower())
    return "".join(out)
