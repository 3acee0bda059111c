"""SQLAlchemy (classic ``Column`` and 2.0 ``Mapped``/``mapped_column``, Flask-SQLAlchemy) and
SQLModel.

``Column``/``mapped_column``/SQLModel's ``Field`` wrap the column type, so ``types`` holds the
annotation and the wrapped type (``("datetime", "DateTime")``), not the wrapper's name.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable

from privlint.analysis.extractors._common import (
    ClassExtractor,
    FieldStyle,
    assigned_calls,
    build_field,
    functional_class,
    literal_text,
)
from privlint.analysis.extractors._recognise import short
from privlint.analysis.module import Fact, ModuleInfo

_SKIP = frozenset({"metadata", "registry", "type_annotation_map", "query", "query_class"})


_TABLE = frozenset({"sqlalchemy.Table", "sqlalchemy.schema.Table", "sqlalchemy.sql.schema.Table"})


class SqlalchemyExtractor(ClassExtractor):
    """Mapped classes, and Core tables: ``customers = Table("customers", md, Column(...))``."""

    name = "sqlalchemy"
    frameworks = ("sqlalchemy",)
    style = FieldStyle(
        wrappers=frozenset({"Column", "mapped_column", "column_property", "deferred"}),
        relations=frozenset({"relationship", "relation", "backref"}),
        positional_label="column",
        keyword_aliases={"name": "column"},
        skip_names=_SKIP,
    )

    def extract(self, module: ModuleInfo) -> Iterable[Fact]:
        yield from super().extract(module)
        for name, call, stmt in assigned_calls(module, _TABLE):
            yield functional_class(module, name, stmt, "sqlalchemy", "sqlalchemy.Table")
            for column in call.args[2:]:
                is_column = (
                    isinstance(column, ast.Call) and column.args and short(column.func) == "Column"
                )
                column_name = literal_text(column.args[0]) if is_column else None
                if column_name:
                    yield build_field(
                        module,
                        name=column_name,
                        target=column,
                        stmt=column,
                        annotation=None,
                        value=column,
                        style=self.style,
                        framework="sqlalchemy",
                        owner=name,
                        owner_bases=("sqlalchemy.Table",),
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
