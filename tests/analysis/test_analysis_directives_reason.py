from __future__ import annotations

from privlint.analysis.directives import parse_body
from privlint.facts import InlineAnnotation


def test_not_personal_may_carry_a_reason() -> None:
    assert parse_body(" not-personal (an organisation's name)", 3) == InlineAnnotation(
        not_personal=True
    )
    assert parse_body("not-personal", 3) == InlineAnnotation(not_personal=True)


def test_not_personal_still_refuses_element_keys() -> None:
    result = parse_body("element=contact.email not-personal", 3)
    assert isinstance(result, str) and "cannot be combined" in result
