"""peewee models (``peewee.Model`` and a project's ``BaseModel`` with ``class Meta: database``).

``ForeignKeyField(Client, backref="pets")`` and ``ManyToManyField`` link a record to another
model, which is how a pet's record is tied to its owner, a person.
"""

from __future__ import annotations

from privlint.analysis.extractors._common import ClassExtractor, FieldStyle


class PeeweeExtractor(ClassExtractor):
    """Model fields; ``verbose_name``/``help_text`` keywords are metadata."""

    name = "peewee"
    frameworks = ("peewee",)
    style = FieldStyle(
        relations=frozenset({"ForeignKeyField", "ManyToManyField", "DeferredForeignKey"}),
        skip_names=frozenset({"DoesNotExist"}),
    )
