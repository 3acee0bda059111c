from __future__ import annotations

import pytest
from analysis_snippets import fields, run

from privlint.analysis.directives import parse_body
from privlint.facts import InlineAnnotation, Suppression


def test_inline_annotation_on_field_and_class() -> None:
    facts = run(
        """
        from dataclasses import dataclass

        @dataclass
        class Lead:  # privlint: category=marketing
            contact: str  # privlint: element=contact.email category=marketing
            score: int  # privlint: not-personal
            other: str
        """
    )
    found = fields(facts)
    assert found["app.Lead.contact"].inline == InlineAnnotation("contact.email", "marketing")
    assert found["app.Lead.score"].inline == InlineAnnotation(not_personal=True)
    assert found["app.Lead.other"].inline is None
    assert facts.classes[0].inline == InlineAnnotation(category="marketing")
    assert facts.problems == ()


def test_annotation_on_last_line_of_a_multiline_field() -> None:
    facts = run(
        """
        from django.db import models

        class Customer(models.Model):
            handle = models.CharField(
                max_length=40,
            )  # privlint: element=identity.username
        """
    )
    assert fields(facts)["app.Customer.handle"].inline == InlineAnnotation("identity.username")


def test_suppressions_keep_codes_and_reason() -> None:
    facts = run(
        """
        import logging
        log = logging.getLogger()
        log.info("x")  # privlint: ignore[PRV201, PRV202] hashed before logging
        log.info("y")  # privlint: ignore[PRV201]
        """
    )
    assert facts.suppressions == (
        Suppression(4, ("PRV201", "PRV202"), "hashed before logging"),
        Suppression(5, ("PRV201",), ""),
    )
    assert facts.problems == ()


def test_directive_after_another_tool_comment() -> None:
    facts = run("x = 1  # noqa: E501  # privlint: ignore[PRV106] fixture value\n")
    assert facts.suppressions == (Suppression(1, ("PRV106",), "fixture value"),)


def test_privlint_text_inside_a_string_is_not_a_comment() -> None:
    facts = run('DOC = """\n# privlint: bogus\n"""\n')
    assert facts.problems == ()
    assert facts.suppressions == ()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("", "empty privlint comment"),
        ("ignore PRV201", "needs the rule codes in brackets"),
        ("ignore[PRV201 reason", "missing its closing ']'"),
        ("ignore[] reason", "names no rule code"),
        ("ignore[prv201] reason", "'prv201' in privlint ignore[...] is not a rule code"),
        ("elemnt=contact.email", "unknown key 'elemnt'"),
        ("personal", "unknown privlint directive 'personal'"),
        ("element=Contact Email", "element='Contact' is not a valid element name"),
        ("element=contact.email element=contact.phone", "element= is given twice"),
        ("not-personal element=contact.email", "cannot be combined"),
        ("element=contact.email because", "unexpected 'because'"),
    ],
)
def test_malformed_directives_have_precise_messages(body: str, expected: str) -> None:
    result = parse_body(body, 3)
    assert isinstance(result, str)
    assert expected in result


def test_malformed_comment_becomes_a_located_problem() -> None:
    facts = run("class C:\n    email: str  # privlint: elemnt=contact.email\n")
    (problem,) = facts.problems
    assert "unknown key 'elemnt'" in problem.message
    assert (problem.span.line, problem.span.column) == (2, 17)
    assert fields(facts)["app.C.email"].inline is None


def test_stray_annotation_is_reported() -> None:
    facts = run("x = compute()  # privlint: not-personal\n")
    (problem,) = facts.problems
    assert "applies to nothing" in problem.message
    assert problem.span.line == 1


def test_ignore_reason_separator_is_dropped() -> None:
    assert parse_body("ignore[PRV101] -- test data", 7) == Suppression(7, ("PRV101",), "test data")
