"""TypedDict and NamedTuple: class forms (with inheritance) and functional forms.

``TypedDict("Customer", {"email": str})``, ``NamedTuple("P", [("email", str)])`` and
``namedtuple("P", "name email")`` declare fields as strings; each key becomes a FieldFact
located at its string.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator

from privlint.analysis.extractors._common import (
    ClassExtractor,
    FieldStyle,
    annotation_types,
    assigned_calls,
    functional_class,
    literal_text,
)
from privlint.analysis.module import Fact, ModuleInfo, span_of
from privlint.facts import FieldFact

_TYPEDDICT = frozenset(
    {"typing.TypedDict", "typing_extensions.TypedDict", "mypy_extensions.TypedDict"}
)
_NAMEDTUPLE = frozenset({"typing.NamedTuple", "typing_extensions.NamedTuple"})
_COLLECTIONS = frozenset({"collections.namedtuple"})


def _key_fact(
    module: ModuleInfo,
    owner: str,
    key: ast.expr,
    annotation: ast.expr | None,
    framework: str,
    base: str,
    name: str | None = None,
) -> FieldFact | None:
    name = name or literal_text(key)
    if not name or (framework == "namedtuple" and not name.isidentifier()):
        return None
    return FieldFact(
        name=name,
        symbol=module.symbol(owner, name),
        kind="field",
        framework=framework,
        span=span_of(key),
        owner=owner,
        owner_bases=(base,),
        types=tuple(annotation_types(annotation)),
        inline=module.inline(key.lineno),
    )


class TypedDictExtractor(ClassExtractor):
    name = "typeddict"
    frameworks = ("typeddict",)
    style = FieldStyle(annotations_only=True)

    def extract(self, module: ModuleInfo) -> Iterable[Fact]:
        yield from super().extract(module)
        for name, call, stmt in assigned_calls(module, _TYPEDDICT):
            base = module.qualify(call.func) or "typing.TypedDict"
            yield functional_class(module, name, stmt, "typeddict", base)
            yield from self._keys(module, name, call, base)

    def _keys(self, module: ModuleInfo, owner: str, call: ast.Call, base: str) -> Iterator[Fact]:
        spec = call.args[1] if len(call.args) > 1 else None
        if isinstance(spec, ast.Dict):
            for key, value in zip(spec.keys, spec.values, strict=True):
                if key is not None:
                    fact = _key_fact(module, owner, key, value, "typeddict", base)
                    if fact:
                        yield fact
        for kw in call.keywords:  # the old keyword form: TypedDict("X", email=str)
            if kw.arg and kw.arg != "total":
                fact = _key_fact(module, owner, kw.value, kw.value, "typeddict", base, kw.arg)
                if fact:
                    yield fact


class NamedTupleExtractor(ClassExtractor):
    name = "namedtuple"
    frameworks = ("namedtuple",)
    style = FieldStyle()

    def extract(self, module: ModuleInfo) -> Iterable[Fact]:
        yield from super().extract(module)
        for name, call, stmt in assigned_calls(module, _NAMEDTUPLE | _COLLECTIONS):
            base = module.qualify(call.func) or "typing.NamedTuple"
            yield functional_class(module, name, stmt, "namedtuple", base)
            spec = call.args[1] if len(call.args) > 1 else None
            if spec is None:
                spec = next((kw.value for kw in call.keywords if kw.arg == "field_names"), None)
            yield from self._fields(module, name, spec, base)
            if base in _NAMEDTUPLE:
                for kw in call.keywords:
                    fact = _key_fact(module, name, kw.value, kw.value, "namedtuple", base, kw.arg)
                    if kw.arg and fact:
                        yield fact

    def _fields(
        self, module: ModuleInfo, owner: str, spec: ast.expr | None, base: str
    ) -> Iterator[Fact]:
        text = literal_text(spec)
        if text is not None and spec is not None:  # "name email" or "name, email"
            for part in text.replace(",", " ").split():
                fact = _key_fact(module, owner, spec, None, "namedtuple", base, part)
                if fact:
                    yield fact
            return
        if isinstance(spec, ast.List | ast.Tuple):
            for item in spec.elts:
                if isinstance(item, ast.Tuple) and len(item.elts) == 2:
                    key, annotation = item.elts
                else:
                    key, annotation = item, None
                fact = _key_fact(module, owner, key, annotation, "namedtuple", base)
                if fact:
                    yield fact
