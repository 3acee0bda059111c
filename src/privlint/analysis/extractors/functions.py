"""Function and method parameters (kind ``parameter``): ``send_welcome(email: EmailStr)``.

Module-level functions and methods of module-level (and nested) classes; functions nested in
functions are not visited, to keep this a single pass over statements.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator

from privlint.analysis.extractors._common import FieldStyle, build_field
from privlint.analysis.extractors._recognise import class_body, module_statements
from privlint.analysis.module import Fact, ModuleInfo

_SKIP = frozenset({"self", "cls", "mcs", "mcls", "metacls"})
# FastAPI's Query(description=...), Body(title=...) and friends document a parameter.
_STYLE = FieldStyle(
    wrappers=frozenset({"Query", "Body", "Form", "Path", "Header", "Cookie", "File", "Field"}),
    keyword_aliases={"validation_alias": "alias", "serialization_alias": "alias"},
)

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def _functions(body: list[ast.stmt], prefix: str) -> Iterator[tuple[str, FunctionNode]]:
    for stmt in body:
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            yield f"{prefix}{stmt.name}", stmt
        elif isinstance(stmt, ast.ClassDef):
            yield from _functions(list(class_body(stmt.body)), f"{prefix}{stmt.name}.")


def _parameters(node: FunctionNode) -> Iterator[tuple[ast.arg, ast.expr | None]]:
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults))
    yield from zip(positional, [*defaults, *args.defaults], strict=True)
    if args.vararg:
        yield args.vararg, None
    yield from zip(args.kwonlyargs, args.kw_defaults, strict=True)
    if args.kwarg:
        yield args.kwarg, None


class ParameterExtractor:
    name = "function"

    def extract(self, module: ModuleInfo) -> Iterable[Fact]:
        for qualname, node in _functions(list(module_statements(module.tree.body)), ""):
            for arg, default in _parameters(node):
                if arg.arg in _SKIP:
                    continue
                yield build_field(
                    module,
                    name=arg.arg,
                    target=arg,
                    stmt=arg,
                    annotation=arg.annotation,
                    value=default if isinstance(default, ast.Call) else None,
                    style=_STYLE,
                    framework="function",
                    owner=qualname,
                    kind="parameter",
                )
