"""Tortoise ORM models (``tortoise.models.Model`` with ``tortoise.fields``).

``fields.ForeignKeyField("models.Customer")`` links a record to another model, named by its
app label and class; ``ForeignKeyRelation["Customer"]`` annotations name the same link.
"""

from __future__ import annotations

from privlint.analysis.extractors._common import ClassExtractor, FieldStyle


class TortoiseExtractor(ClassExtractor):
    """Model fields; ``description=`` is metadata."""

    name = "tortoise"
    frameworks = ("tortoise",)
    style = FieldStyle(
        relations=frozenset({"ForeignKeyField", "OneToOneField", "ManyToManyField"}),
        target_keywords=("model_name", "to"),
        skip_managers=True,
    )
