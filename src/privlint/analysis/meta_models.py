"""Fields a ModelSerializer or ModelForm takes from a model of another file, typed as the model's.

``class Meta: model = Customer; fields = ("email", "owner")`` in ``serializers.py`` names fields
that ``models.py`` declares. Extraction reads one file at a time, so the project pass lends each
such field the types, relation and labels of the model field it names: ``owner`` is then a
``ForeignKey`` to the user model, ``is_active`` a ``BooleanField``, as on the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from privlint.analysis.extractors._common import META_MODEL
from privlint.facts import FieldFact, FileFacts


def lend_model_fields(files: Sequence[FileFacts]) -> list[FileFacts]:
    """``files`` with every untyped ``Meta.fields`` field typed as its model's field, or as the
    field of a base the model extends (an abstract model or a mixin of the project)."""
    models: dict[tuple[str, str], FieldFact] = {}
    for facts in files:
        for fact in facts.fields:
            if fact.framework == "django" and fact.owner and fact.kind == "field":
                models.setdefault((fact.owner.rsplit(".", 1)[-1], fact.name), fact)
    if not models:
        return list(files)
    bases: dict[str, tuple[str, ...]] = {}
    for facts in files:
        for cls in facts.classes:
            short = cls.name.rsplit(".", 1)[-1]
            bases.setdefault(short, tuple(b.rsplit(".", 1)[-1] for b in cls.bases))
    out: list[FileFacts] = []
    for facts in files:
        lent = [_lent(fact, models, bases) for fact in facts.fields]
        if any(new is not old for new, old in zip(lent, facts.fields, strict=True)):
            facts = replace(facts, fields=tuple(lent))
        out.append(facts)
    return out


def _lent(
    fact: FieldFact,
    models: dict[tuple[str, str], FieldFact],
    bases: dict[str, tuple[str, ...]],
) -> FieldFact:
    model = next((value for key, value in fact.metadata if key == META_MODEL), None)
    if model is None or fact.types:
        return fact
    source = _model_field(model, fact.name, models, bases)
    if source is None:
        return fact
    return replace(
        fact,
        types=source.types,
        related=source.related,
        metadata=(*source.metadata, (META_MODEL, model)),
    )


def _model_field(
    model: str,
    name: str,
    models: dict[tuple[str, str], FieldFact],
    bases: dict[str, tuple[str, ...]],
) -> FieldFact | None:
    """The field ``name`` of class ``model`` or of the nearest base that declares it."""
    queue, seen = [model], set()
    while queue and len(seen) < _MAX_CLASSES:
        current = queue.pop(0)
        if current in seen:
            continue
        seen.add(current)
        found = models.get((current, name))
        if found is not None:
            return found
        queue.extend(bases.get(current, ()))
    return None


_MAX_CLASSES = 32  # a model's bases, breadth first; far more than any real hierarchy
