"""SQLAlchemy (classic ``Column`` and 2.0 ``Mapped``/``mapped_column``, Flask-SQLAlchemy) and
SQLModel.

``Column``/``mapped_column``/SQLModel's ``Field`` wrap the column type, so ``types`` holds the
annotation and the wrapped type (``("datetime", "DateTime")``), not the wrapper's name.
"""

from __future__ import annotations

from privlint.analysis.extractors._common import ClassExtractor, FieldStyle

_SKIP = frozenset({"metadata", "registry", "type_annotation_map", "query", "query_class"})


class SqlalchemyExtractor(ClassExtractor):
    name = "sqlalchemy"
    frameworks = ("sqlalchemy",)
    style = FieldStyle(
        wrappers=frozenset({"Column", "mapped_column", "column_property", "deferred"}),
        relations=frozenset({"relationship", "relation", "backref"}),
        positional_label="column",
        keyword_aliases={"name": "column"},
        skip_names=_SKIP,
    )


class SqlmodelExtractor(ClassExtractor):
    name = "sqlmodel"
    frameworks = ("sqlmodel",)
    style = FieldStyle(
        wrappers=frozenset({"Field", "Column", "mapped_column"}),
        relations=frozenset({"Relationship"}),
        keyword_aliases={"validation_alias": "alias", "serialization_alias": "alias"},
        skip_names=frozenset({"model_config", *_SKIP}),
    )
