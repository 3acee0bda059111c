"""Keys of module-level dict literals assigned to a name: ``CUSTOMER = {"email": ...}``.

Such dicts are fixtures, payload templates and settings; their keys feed the inventory
(kind ``dict_key``), they are not declarations the manifest must cover.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable

from privlint.analysis.extractors._common import literal_text
from privlint.analysis.extractors._recognise import module_statements, short
from privlint.analysis.module import Fact, ModuleInfo, span_of
from privlint.facts import FieldFact


def _value_types(value: ast.expr) -> tuple[str, ...]:
    if isinstance(value, ast.Call):
        name = short(value.func)
        return (name,) if name else ()
    if isinstance(value, ast.Constant) and value.value is not None:
        return (type(value.value).__name__,)
    return ()


class DictKeyExtractor:
    name = "dict"

    def extract(self, module: ModuleInfo) -> Iterable[Fact]:
        for stmt in module_statements(module.tree.body):
            if isinstance(stmt, ast.Assign):
                targets = stmt.targets
            elif isinstance(stmt, ast.AnnAssign):
                targets = [stmt.target]
            else:
                continue
            if not isinstance(stmt.value, ast.Dict):
                continue
            for target in targets:
                if isinstance(target, ast.Name):
                    yield from self._keys(module, target.id, stmt.value)

    def _keys(self, module: ModuleInfo, variable: str, node: ast.Dict) -> Iterable[Fact]:
        for key, value in zip(node.keys, node.values, strict=True):
            text = literal_text(key) if isinstance(key, ast.Constant) else None
            if text is None or key is None:
                continue
            yield FieldFact(
                name=text,
                symbol=f"{module.symbol(variable)}[{text}]",
                kind="dict_key",
                framework="dict",
                span=span_of(key),
                owner=variable,
                types=_value_types(value),
                inline=module.inline(key.lineno),
            )
