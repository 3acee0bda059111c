from __future__ import annotations

from analysis_snippets import fields, frameworks, run


def test_dataclass_forms_and_field_metadata() -> None:
    facts = run(
        """
        import dataclasses
        from dataclasses import dataclass, field
        from typing import ClassVar

        @dataclass
        class Customer:
            email: str
            phone: str | None = field(default=None, metadata={"description": "mobile"})
            registry: ClassVar[dict] = {}

        @dataclasses.dataclass(frozen=True, slots=True)
        class Invoice:
            amount: int = 0
            LIMIT = 10

            def total(self) -> int:
                return self.amount
        """
    )
    assert frameworks(facts) == {"Customer": "dataclass", "Invoice": "dataclass"}
    found = fields(facts)
    assert set(found) == {
        "app.Customer.email",
        "app.Customer.phone",
        "app.Invoice.amount",
        "app.Invoice.LIMIT",
    }
    assert found["app.Customer.phone"].types == ("str",)
    assert found["app.Customer.phone"].metadata == (("description", "mobile"),)
    assert found["app.Invoice.LIMIT"].types == ("int",)


def test_attrs_classic_and_modern() -> None:
    facts = run(
        """
        import attr
        import attrs
        from attrs import define, frozen

        @attr.s
        class Old:
            email = attr.ib(type=str)
            name = attr.ib()

        @define
        class New:
            phone: str = attrs.field(metadata={"doc": "mobile"})

        @frozen
        class Frozen:
            token: str

        @attrs.define(slots=False)
        class Qualified:
            iban: str
        """
    )
    assert frameworks(facts) == {
        "Old": "attrs",
        "New": "attrs",
        "Frozen": "attrs",
        "Qualified": "attrs",
    }
    found = fields(facts)
    assert found["app.Old.email"].types == ("str",)
    assert found["app.Old.name"].types == ()
    assert found["app.New.phone"].metadata == (("doc", "mobile"),)
    assert found["app.Frozen.token"].framework == "attrs"


def test_unrelated_decorator_is_not_a_dataclass() -> None:
    facts = run(
        """
        import functools

        @functools.total_ordering
        class Version:
            major: int
        """
    )
    assert frameworks(facts) == {"Version": "plain"}


def test_dataclass_decorator_re_exported_by_a_compat_module() -> None:
    facts = run(
        """
        from .compat import dataclass

        @dataclass
        class Event:
            ip: str
        """,
        "shop/events.py",
        "shop.events",
    )
    assert frameworks(facts) == {"Event": "dataclass"}
