"""flask-restx and flask-restplus API models: ``user_fields = api.model("User", {...})``.

A model is what an API documents, validates and marshals: each key of its dict is a field,
typed by its ``fields.X(...)`` constructor, with ``description=`` as metadata. The model is
named by its first argument (the record it describes, which tells whose data it holds).
``api.inherit("Admin", user_fields, {...})`` declares the dict's keys on a model of its own;
``fields.Nested(user_fields)`` links to the model assigned to that name.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator

from privlint.analysis.extractors._common import (
    FieldStyle,
    build_field,
    functional_class,
    literal_text,
)
from privlint.analysis.extractors._recognise import module_statements, short
from privlint.analysis.module import Fact, ModuleInfo

_STYLE = FieldStyle(relations=frozenset({"Nested"}))
# api.model(...), ns.model(...), api.inherit(...), api.clone(...), Model(...)
_METHODS = frozenset({"model", "inherit", "clone", "schema_model"})
_BASE = "flask_restx.Model"


class RestxModelExtractor:
    """Module-level models whose dict values are ``fields.X(...)`` constructors."""

    name = "restx"

    def extract(self, module: ModuleInfo) -> Iterable[Fact]:
        for stmt in module_statements(module.tree.body):
            if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1:
                continue
            target, call = stmt.targets[0], stmt.value
            if not isinstance(target, ast.Name) or not isinstance(call, ast.Call):
                continue
            found = _model(module, call)
            if found is None:
                continue
            title, body = found
            name = _class_name(title) or target.id
            yield functional_class(module, name, stmt, "restx", _BASE)
            yield from _fields(module, name, body)


def _model(module: ModuleInfo, call: ast.Call) -> tuple[str, ast.Dict] | None:
    """(model title, field dict) of ``api.model("User", {...})``, or None."""
    func = call.func
    qualified = module.qualify(func) or ""
    is_method = isinstance(func, ast.Attribute) and func.attr in _METHODS
    is_class = qualified in ("flask_restx.Model", "flask_restplus.Model")
    if not (is_method or is_class) or not call.args:
        return None
    title = literal_text(call.args[0])
    body = call.args[-1]
    if title is None or not isinstance(body, ast.Dict) or not _field_values(body):
        return None
    return title, body


def _field_values(body: ast.Dict) -> bool:
    """Some value is a ``fields.X(...)`` constructor, as in every restx model."""
    return any(
        isinstance(v, ast.Call)
        and isinstance(v.func, ast.Attribute)
        and v.func.attr[:1].isupper()
        and short(v.func.value) == "fields"
        for v in body.values
    )


def _class_name(title: str) -> str | None:
    """``"User (write)"`` -> ``User_write``; a title with no letters gives None."""
    name = re.sub(r"\W+", "_", title).strip("_")
    return name if name and not name[0].isdigit() else None


def _fields(module: ModuleInfo, owner: str, body: ast.Dict) -> Iterator[Fact]:
    for key, value in zip(body.keys, body.values, strict=True):
        text = literal_text(key) if isinstance(key, ast.Constant) else None
        if key is None or not text or not text.isidentifier():
            continue
        yield build_field(
            module,
            name=text,
            target=key,
            stmt=value,
            annotation=None,
            value=value,
            style=_STYLE,
            framework="restx",
            owner=owner,
            owner_bases=(_BASE,),
        )
