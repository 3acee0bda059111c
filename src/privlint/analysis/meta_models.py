"""Fields a ModelSerializer or ModelForm takes from a model of another file, typed as the model's.

``class Meta: model = Customer; fields = ("email", "owner")`` in ``serializers.py`` names fields
that ``models.py`` declares. Extraction reads one file at a time, so the project pass lends each
such field the types, relation and labels of the model field it names: ``owner`` is then a
``ForeignKey`` to the user model, ``is_active`` a ``BooleanField``, as on the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from privlint.analysis.extractors._common import EVERY_MODEL_FIELD, META_EXCLUDE, META_MODEL
from privlint.facts import FieldFact, FileFacts
from privlint.words import is_constant_name


@dataclass(frozen=True)
class ModelIndex:
    """The project's model fields (Django, SQLAlchemy, SQLModel, peewee) by class
    (``module.Class``) and field name, each class's bases, and the classes each short name
    stands for."""

    fields: dict[str, dict[str, FieldFact]]
    bases: dict[str, tuple[str, ...]]
    named: dict[str, tuple[str, ...]]

    @classmethod
    def build(cls, files: Sequence[FileFacts]) -> ModelIndex:
        fields: dict[str, dict[str, FieldFact]] = {}
        bases: dict[str, tuple[str, ...]] = {}
        named: dict[str, list[str]] = {}
        for facts in files:
            for fact in facts.fields:
                if fact.framework in _MODEL_FRAMEWORKS and fact.owner and fact.kind == "field":
                    owner = fact.symbol.rsplit(".", 1)[0]
                    fields.setdefault(owner, {}).setdefault(fact.name, fact)
            for klass in facts.classes:
                bases.setdefault(klass.symbol, klass.bases)
                named.setdefault(klass.name.rsplit(".", 1)[-1], []).append(klass.symbol)
        return cls(fields, bases, {k: tuple(v) for k, v in named.items()})

    @property
    def empty(self) -> bool:
        return not self.fields

    def _resolve(self, name: str, near: str) -> str | None:
        """The class ``name`` (short or qualified) stands for, seen from symbol ``near``: the
        class itself, else the class of that name whose module shares most of ``near``'s."""
        if name in self.bases or name in self.fields:
            return name
        candidates = self.named.get(name.rsplit(".", 1)[-1], ())
        if not candidates:
            return None
        parts = near.split(".")

        def shared(symbol: str) -> int:
            count = 0
            for a, b in zip(symbol.split("."), parts, strict=False):
                if a != b:
                    break
                count += 1
            return count

        return max(candidates, key=shared)

    def _lineage(self, model: str, near: str) -> list[str]:
        """The model's class and its bases, breadth first."""
        start = self._resolve(model, near)
        order: list[str] = []
        queue = [start] if start else []
        while queue and len(order) < _MAX_CLASSES:
            current = queue.pop(0)
            if current in order:
                continue
            order.append(current)
            for base in self.bases.get(current, ()):
                found = self._resolve(base, current)
                if found is not None:
                    queue.append(found)
        return order

    def field_of(self, fact: FieldFact) -> FieldFact | None:
        """The model field a ``Meta.fields`` field names: on its model or the nearest base of it
        that declares it; None for other fields or when the project declares no such field."""
        model = next((value for key, value in fact.metadata if key == META_MODEL), None)
        if model is None:
            return None
        for klass in self._lineage(model, fact.symbol):
            found = self.fields.get(klass, {}).get(fact.name)
            if found is not None:
                return found
        return None

    def every_field(self, model: str, near: str) -> list[FieldFact]:
        """Every field of class ``model`` and of its bases (a subclass's own first)."""
        out: dict[str, FieldFact] = {}
        for klass in self._lineage(model, near):
            for name, fact in self.fields.get(klass, {}).items():
                out.setdefault(name, fact)
        return list(out.values())


_MODEL_FRAMEWORKS = frozenset({"django", "sqlalchemy", "sqlmodel", "peewee"})
_MAX_CLASSES = 32  # a model's bases, breadth first; far more than any real hierarchy


def lend_model_fields(files: Sequence[FileFacts]) -> list[FileFacts]:
    """``files`` with every untyped ``Meta.fields`` field typed as its model's field, or as the
    field of a base the model extends (an abstract model or a mixin of the project)."""
    index = ModelIndex.build(files)
    if index.empty:
        return [_without_placeholders(facts) for facts in files]
    out: list[FileFacts] = []
    for facts in files:
        lent = [lent for fact in facts.fields for lent in _expanded(fact, index)]
        if len(lent) != len(facts.fields) or any(
            new is not old for new, old in zip(lent, facts.fields, strict=True)
        ):
            facts = replace(facts, fields=tuple(lent))
        out.append(facts)
    return out


def _without_placeholders(facts: FileFacts) -> FileFacts:
    kept = tuple(f for f in facts.fields if f.kind != EVERY_MODEL_FIELD)
    return facts if len(kept) == len(facts.fields) else replace(facts, fields=kept)


def _expanded(fact: FieldFact, index: ModelIndex) -> list[FieldFact]:
    """``fact`` lent its model field's types, or, for a ``fields = "__all__"`` placeholder,
    the model's fields (none when the project does not declare the model)."""
    if fact.kind != EVERY_MODEL_FIELD:
        return [_lent(fact, index)]
    meta = dict(fact.metadata)
    model = meta.get(META_MODEL, "")
    skipped = set(filter(None, meta.get(META_EXCLUDE, "").split(",")))
    return [
        replace(
            fact,
            name=source.name,
            symbol=fact.symbol.removesuffix("__all__") + source.name,
            kind="field",
            types=source.types,
            related=source.related,
            metadata=(*source.metadata, (META_MODEL, model)),
        )
        for source in index.every_field(model, fact.symbol)
        if source.name not in skipped
        and not is_constant_name(source.name)
        and bool(source.types)  # _password = None on a model is an attribute, not a column
    ]


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
