from __future__ import annotations

from analysis_snippets import fields, frameworks, run


def test_typeddict_class_form_with_inheritance() -> None:
    facts = run(
        """
        from typing import NotRequired, TypedDict

        class Contact(TypedDict):
            email: str

        class Customer(Contact, total=False):
            phone: NotRequired[str]
        """
    )
    assert frameworks(facts) == {"Contact": "typeddict", "Customer": "typeddict"}
    found = fields(facts)
    assert found["app.Customer.phone"].types == ("str",)
    assert found["app.Customer.phone"].owner_bases == ("app.Contact",)


def test_typeddict_functional_forms() -> None:
    facts = run(
        """
        import typing

        Payload = typing.TypedDict("Payload", {"email": str, "birth-date": "date"}, total=False)
        Old = typing.TypedDict("Old", phone=str)
        """
    )
    assert frameworks(facts) == {"Payload": "typeddict", "Old": "typeddict"}
    found = fields(facts)
    assert found["app.Payload.email"].types == ("str",)
    assert found["app.Payload.email"].span.line == 4
    assert found["app.Payload.birth-date"].types == ("date",)
    assert found["app.Old.phone"].types == ("str",)


def test_namedtuple_class_and_functional_forms() -> None:
    facts = run(
        """
        from collections import namedtuple
        from typing import NamedTuple

        class Row(NamedTuple):
            email: str
            age: int = 0

        Pair = NamedTuple("Pair", [("name", str), ("phone", str)])
        Legacy = namedtuple("Legacy", "first_name, last_name")
        Listed = namedtuple("Listed", ["ip", "agent"])
        """
    )
    assert frameworks(facts) == {
        "Row": "namedtuple",
        "Pair": "namedtuple",
        "Legacy": "namedtuple",
        "Listed": "namedtuple",
    }
    found = fields(facts)
    assert found["app.Pair.phone"].types == ("str",)
    assert "app.Legacy.last_name" in found
    assert found["app.Listed.agent"].framework == "namedtuple"


def test_call_not_assigned_or_unrelated_is_ignored() -> None:
    facts = run(
        """
        def TypedDict(*a):
            return a

        X = TypedDict("X", {"email": str})
        """
    )
    assert frameworks(facts) == {}
