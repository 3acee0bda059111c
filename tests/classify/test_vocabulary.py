"""The round 11 and 12 domain vocabulary, checked against the cases its authors wrote with it.

Each case in ``vocabulary_cases.txt`` (round 11) and ``vocabulary_cases_round12.txt`` (round 12,
generic names on records about a person) says what a field name means in one class: a positive
(``left_pta_db`` on an ``Audiogram`` is a hearing measurement) or a look-alike that must stay
quiet (``rent`` on a ``Property``). A pattern that starts to fire where it should not, or stops
firing, fails here with the case that shows it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from privlint.catalog import load_catalog
from privlint.classify import classify_field

from .conftest import make_fact

CATALOG = load_catalog().elements
CASES_FILES = [
    Path(__file__).with_name("vocabulary_cases.txt"),
    Path(__file__).with_name("vocabulary_cases_round12.txt"),
]


def _cases() -> list[tuple[str | None, str, str, tuple[str, ...]]]:
    cases = []
    lines = [line for f in CASES_FILES for line in f.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        expected, name, owner, *types = parts
        cases.append((None if expected == "-" else expected, name, owner, tuple(types)))
    return cases


CASES = _cases()


def test_the_cases_cover_every_family_and_their_look_alikes() -> None:
    families = {expected.split(".")[0] for expected, *_ in CASES if expected}
    assert {"health", "demographic", "employment", "financial", "identity", "content"} <= families
    assert sum(expected is None for expected, *_ in CASES) > 500


@pytest.mark.parametrize(("expected", "name", "owner", "types"), CASES)
def test_vocabulary_case(
    expected: str | None, name: str, owner: str, types: tuple[str, ...]
) -> None:
    result = classify_field(make_fact(owner, name, types), CATALOG)
    assert (result.element if result else None) == expected
