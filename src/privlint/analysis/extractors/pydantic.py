"""Pydantic v1 and v2 models (``BaseModel``, ``RootModel``, ``create_model``) and
pydantic-settings ``BaseSettings``."""

from __future__ import annotations

import ast
from collections.abc import Iterable

from privlint.analysis.extractors._common import (
    ClassExtractor,
    FieldStyle,
    assigned_calls,
    build_field,
    functional_class,
)
from privlint.analysis.module import Fact, ModuleInfo

_STYLE = FieldStyle(
    wrappers=frozenset({"Field", "PrivateAttr"}),
    keyword_aliases={"validation_alias": "alias", "serialization_alias": "alias"},
    skip_names=frozenset({"model_config", "model_fields", "model_computed_fields"}),
)
_CREATE = frozenset({"pydantic.create_model", "pydantic.main.create_model"})


class PydanticExtractor(ClassExtractor):
    """Annotated fields, ``Field(description=...)``, ``Annotated[str, Field(...)]``."""

    name = "pydantic"
    frameworks = ("pydantic",)
    style = _STYLE

    def extract(self, module: ModuleInfo) -> Iterable[Fact]:
        yield from super().extract(module)
        for name, call, stmt in assigned_calls(module, _CREATE):
            yield functional_class(module, name, stmt, "pydantic", "pydantic.BaseModel")
            for kw in call.keywords:  # email=(str, Field(...)) or email=str
                if not kw.arg or kw.arg.startswith("__"):
                    continue
                annotation, default = kw.value, None
                if isinstance(kw.value, ast.Tuple) and kw.value.elts:
                    annotation = kw.value.elts[0]
                    default = kw.value.elts[1] if len(kw.value.elts) > 1 else None
                yield build_field(
                    module,
                    name=kw.arg,
                    target=kw,
                    stmt=kw,
                    annotation=annotation,
                    value=default,
                    style=_STYLE,
                    framework="pydantic",
                    owner=name,
                    owner_bases=("pydantic.BaseModel",),
                )


class PydanticSettingsExtractor(ClassExtractor):
    """Settings hold secrets and contact addresses as often as models hold customer data."""

    name = "pydantic_settings"
    frameworks = ("pydantic_settings",)
    style = _STYLE
