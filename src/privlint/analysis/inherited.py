"""Fields a framework's base class gives a project's class: Django's ``AbstractUser`` fields.

``class User(AbstractUser): pass`` declares nothing, yet its table holds a username, a first and
last name and an e-mail. The catalogue lists such bases and their fields
(``[inherited_fields]`` in ``_global.toml``); this project pass adds them to each direct subclass
that does not declare them itself, at the class line, so the inventory and the manifest checks
see them as they see declared fields. ``username = None`` on such a class removes the field: it
is dropped, not reported.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from privlint.facts import FieldFact, FileFacts

# Metadata key of an inherited field: the framework base it comes from (shown by explain).
INHERITED_FROM = "inherited_from"


def add_inherited_fields(
    files: Sequence[FileFacts], table: Mapping[str, tuple[tuple[str, str], ...]]
) -> list[FileFacts]:
    """``files`` with each class that extends a base of ``table`` given that base's fields."""
    if not table:
        return list(files)
    out: list[FileFacts] = []
    for facts in files:
        added: list[FieldFact] = []
        removed: set[int] = set()
        for cls in facts.classes:
            bases = [b for b in cls.bases if b in table]
            if not bases:
                continue
            own = [f for f in facts.fields if f.owner == cls.name]
            given = {name for base in bases for name, _ in table[base]}
            # username = None: the class removes the field its base gives (no type, no data)
            removed.update(id(f) for f in own if f.name in given and _removal(f))
            declared = {f.name for f in own}
            for base in bases:
                for name, type_name in table[base]:
                    if name in declared:
                        continue
                    declared.add(name)
                    added.append(
                        FieldFact(
                            name=name,
                            symbol=f"{cls.symbol}.{name}",
                            kind="field",
                            framework=cls.framework,
                            span=cls.span,
                            owner=cls.name,
                            owner_bases=cls.bases,
                            types=(type_name,),
                            metadata=((INHERITED_FROM, base),),
                            inline=cls.inline,
                        )
                    )
        if added or removed:
            kept = tuple(f for f in facts.fields if id(f) not in removed)
            facts = replace(facts, fields=(*kept, *added))
        out.append(facts)
    return out


def _removal(fact: FieldFact) -> bool:
    """``username = None``: no type, and not a name a form's ``Meta.fields`` lists (those get
    their model field's type later, from the project pass)."""
    return not fact.types and not any(key == "meta_model" for key, _ in fact.metadata)
