"""Pony ORM entities (``class Customer(db.Entity)`` for ``db = Database()``).

Attributes give their Python type as the first argument: ``Required(str)`` holds text and
``Optional(date)`` a date, while ``Required("Customer")``, ``Optional(Customer)`` and
``Set("Order")`` link the entity to another one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from privlint.analysis.extractors._common import ClassExtractor, FieldStyle
from privlint.analysis.module import Fact, ModuleInfo
from privlint.facts import FieldFact

# Types Pony stores as values, never an entity: Required(str), Optional(datetime).
_VALUE_TYPES = frozenset(
    {
        "str", "int", "float", "bool", "bytes", "buffer", "date", "datetime", "time",
        "timedelta", "Decimal", "UUID", "Json", "LongStr", "LongUnicode", "unicode",
        "IntArray", "StrArray", "FloatArray",
    }
)  # fmt: skip


class PonyExtractor(ClassExtractor):
    """Entity attributes; a value type is a type, anything else the entity it links to."""

    name = "pony"
    frameworks = ("pony",)
    style = FieldStyle(
        wrappers=frozenset({"Required", "Optional", "PrimaryKey", "Discriminator"}),
        relations=frozenset({"Required", "Optional", "Set"}),
        skip_names=frozenset({"_table_", "_discriminator_"}),
    )

    def extract(self, module: ModuleInfo) -> Iterable[Fact]:
        for fact in super().extract(module):
            if isinstance(fact, FieldFact) and _value_type(fact.related):
                fact = dataclasses.replace(fact, related=None)
            yield fact


def _value_type(related: str | None) -> bool:
    """``str``, ``date``, ``datetime.date``: a stored value's type, not an entity."""
    return related is not None and related.rpartition(".")[2] in _VALUE_TYPES
