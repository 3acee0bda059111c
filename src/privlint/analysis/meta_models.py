"""Fields a ModelSerializer or ModelForm takes from a model of another file, typed as the model's.

``class Meta: model = Customer; fields = ("email", "owner")`` in ``serializers.py`` names fields
that ``models.py`` declares. Extraction reads one file at a time, so the project pass lends each
such field the types, relation and labels of the model field it names: ``owner`` is then a
``ForeignKey`` to the user model, ``is_active`` a ``BooleanField``, as on the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from privlint.analysis.extractors._common import META_MODEL
from privlint.facts import FieldFact, FileFacts


@dataclass(frozen=True)
class ModelIndex:
    """The project's Django model fields by (class name, field name), and each class's bases."""

    fields: dict[tuple[str, str], FieldFact]
    bases: dict[str, tuple[str, ...]]

    @classmethod
    def build(cls, files: Sequence[FileFacts]) -> ModelIndex:
        fields: dict[tuple[str, str], FieldFact] = {}
        bases: dict[str, tuple[str, ...]] = {}
        for facts in files:
            for fact in facts.fields:
                if fact.framework == "django" and fact.owner and fact.kind == "field":
                    fields.setdefault((fact.owner.rsplit(".", 1)[-1], fact.name), fact)
            for klass in facts.classes:
                short = klass.name.rsplit(".", 1)[-1]
                bases.setdefault(short, tuple(b.rsplit(".", 1)[-1] for b in klass.bases))
        return cls(fields, bases)

    def field_of(self, fact: FieldFact) -> FieldFact | None:
        """The model field a ``Meta.fields`` field names: on its model or the nearest base of it
        that declares it; None for other fields or when the project declares no such field."""
        model = next((value for key, value in fact.metadata if key == META_MODEL), None)
        if model is None:
            return None
        queue, seen = [model], set()
        while queue and len(seen) < _MAX_CLASSES:
            current = queue.pop(0)
            if current in seen:
                continue
            seen.add(current)
            found = self.fields.get((current, fact.name))
            if found is not None:
                return found
            queue.extend(self.bases.get(current, ()))
        return None


_MAX_CLASSES = 32  # a model's bases, breadth first; far more than any real hierarchy


def lend_model_fields(files: Sequence[FileFacts]) -> list[FileFacts]:
    """``files`` with every untyped ``Meta.fields`` field typed as its model's field, or as the
    field of a base the model extends (an abstract model or a mixin of the project)."""
    index = ModelIndex.build(files)
    if not index.fields:
        return list(files)
    out: list[FileFacts] = []
    for facts in files:
        lent = [_lent(fact, index) for fact in facts.fields]
        if any(new is not old for new, old in zip(lent, facts.fields, strict=True)):
            facts = replace(facts, fields=tuple(lent))
        out.append(facts)
    return out


def _lent(fact: FieldFact, index: ModelIndex) -> FieldFact:
    if fact.types:
        return fact
    source = index.field_of(fact)
    if source is None:
        return fact
    model = next(value for key, value in fact.metadata if key == META_MODEL)
    return replace(
        fact,
        types=source.types,
        related=source.related,
        metadata=(*source.metadata, (META_MODEL, model)),
    )
