"""SQLAlchemy (classic ``Column`` and 2.0 ``Mapped``/``mapped_column``, Flask-SQLAlchemy) and
SQLModel.

``Column``/``mapped_column``/SQLModel's ``Field`` wrap the column type, so ``types`` holds the
annotation and the wrapped type (``("datetime", "DateTime")``), not the wrapper's name.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import replace

from privlint.analysis.extractors._common import (
    ClassExtractor,
    FieldStyle,
    assigned_calls,
    build_field,
    class_fact,
    functional_class,
    literal_text,
)
from privlint.analysis.extractors._recognise import ClassInfo, classes, module_statements, short
from privlint.analysis.module import Fact, ModuleInfo

_SKIP = frozenset({"metadata", "registry", "type_annotation_map", "query", "query_class"})


_TABLE = frozenset({"sqlalchemy.Table", "sqlalchemy.schema.Table", "sqlalchemy.sql.schema.Table"})


def _tables(module: ModuleInfo) -> Iterator[tuple[str, ast.Call, ast.stmt]]:
    """Core tables: ``Table("customers", md, ...)``, and Flask-SQLAlchemy's
    ``db.Table("billowers", db.Column(...), ...)`` (an association table), which takes no
    metadata argument."""
    yield from assigned_calls(module, _TABLE)
    for stmt in module_statements(module.tree.body):
        if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1:
            continue
        target, call = stmt.targets[0], stmt.value
        if (
            isinstance(target, ast.Name)
            and isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "Table"
            and short(call.func.value) == "db"
            and (module.qualify(call.func) or "") not in _TABLE
        ):
            yield target.id, call, stmt


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
        yield from self._declared_attrs(module)
        for name, call, stmt in _tables(module):
            yield functional_class(module, name, stmt, "sqlalchemy", "sqlalchemy.Table")
            for column in call.args[
                1:
            ]:  # Table(name, metadata, *columns) or db.Table(name, *columns)
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

    def _declared_attrs(self, module: ModuleInfo) -> Iterator[Fact]:
        """Columns and relationships built by ``@declared_attr`` methods, on mapped classes and
        on the mixins that lend them (Flask-AppBuilder's ``AuditMixin.created_by_fk``)."""
        for info in classes(module):
            found = [(node, call) for node, call in _declared(info) if short(call.func) in _BUILT]
            if not found:
                continue
            if info.framework != "sqlalchemy":
                if info.framework is not None:
                    continue  # another framework's class: its extractor owns it
                if not any(isinstance(n, ast.AnnAssign) for n in info.node.body):
                    # (with annotations, the plain extractor already reports the class)
                    yield class_fact(module, replace(info, framework="sqlalchemy"))
            for node, call in found:
                yield build_field(
                    module,
                    name=node.name,
                    target=node,
                    stmt=node,
                    annotation=node.returns,  # Mapped[int] describes the column
                    value=call,
                    style=self.style,
                    framework="sqlalchemy",
                    owner=info.qualname,
                    owner_bases=info.bases,
                )


# What a declared_attr may build: a column or a relationship (not __tablename__ strings).
_BUILT = frozenset({"Column", "mapped_column", "column_property", "relationship", "relation"})


def _declared(info: ClassInfo) -> Iterator[tuple[ast.FunctionDef, ast.Call]]:
    """``@declared_attr def name(cls): return Column(...)``: the method and the call."""
    for node in info.node.body:
        if not isinstance(node, ast.FunctionDef) or node.name.startswith("__"):
            continue
        if not any(_is_declared_attr(d) for d in node.decorator_list):
            continue
        for stmt in node.body:
            if isinstance(stmt, ast.Return) and isinstance(stmt.value, ast.Call):
                yield node, stmt.value
                break


def _is_declared_attr(decorator: ast.expr) -> bool:
    """``@declared_attr``, ``@declared_attr.directive``, ``@declared_attr.cascading``."""
    if isinstance(decorator, ast.Attribute) and short(decorator.value) == "declared_attr":
        return True
    return short(decorator) == "declared_attr"


class SqlmodelExtractor(ClassExtractor):
    name = "sqlmodel"
    frameworks = ("sqlmodel",)
    style = FieldStyle(
        wrappers=frozenset({"Field", "Column", "mapped_column"}),
        relations=frozenset({"Relationship"}),
        keyword_aliases={"validation_alias": "alias", "serialization_alias": "alias"},
        skip_names=frozenset({"model_config", *_SKIP}),
    )
