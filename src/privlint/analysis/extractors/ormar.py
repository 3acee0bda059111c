"""ormar models (``ormar.Model``): pydantic models whose values are column constructors.

``name: str = ormar.String(max_length=100)`` gives both the annotation and the column type;
``ormar.ForeignKey(User)`` and ``ormar.ManyToMany(Tag)`` link a record to another model.
"""

from __future__ import annotations

from privlint.analysis.extractors._common import ClassExtractor, FieldStyle


class OrmarExtractor(ClassExtractor):
    """Annotated columns; ``ormar_config``/``Meta`` are configuration, not fields."""

    name = "ormar"
    frameworks = ("ormar",)
    style = FieldStyle(
        relations=frozenset({"ForeignKey", "ManyToMany"}),
        skip_names=frozenset({"ormar_config", "Meta"}),
    )
