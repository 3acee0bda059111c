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
    """``files`` with every untyped ``Meta.fields`` field typed as its model's field."""
    models: dict[tuple[str, str], FieldFact] = {}
    for facts in files:
        for fact in facts.fields:
            if fact.framework == "django" and fact.owner and fact.kind == "field":
                models.setdefault((fact.owner.rsplit(".", 1)[-1], fact.name), fact)
    if not models:
        return list(files)
    out: list[FileFacts] = []
    for facts in files:
        lent = [_lent(fact, models) for fact in facts.fields]
        if any(new is not old for new, old in zip(lent, facts.fields, strict=True)):
            facts = replace(facts, fields=tuple(lent))
        out.append(facts)
    return out


def _lent(fact: FieldFact, models: dict[tuple[str, str], FieldFact]) -> FieldFact:
    model = next((value for key, value in fact.metadata if key == META_MODEL), None)
    if model is None or fact.types:
        return fact
    source = models.get((model, fact.name))
    if source is None:
        return fact
    return replace(
        fact,
        types=source.types,
        related=source.related,
        metadata=(*source.metadata, (META_MODEL, model)),
    )
