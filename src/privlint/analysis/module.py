"""ModuleInfo: one parsed file, as every extractor sees it.

privlint analyses with the standard library's ``ast`` (positions included, about ten times
faster than a libcst parse on the reference corpus); libcst is kept for what rewrites source.
A file is parsed once; each extractor walks the same tree.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from privlint.facts import (
    CallFact,
    ClassFact,
    FieldFact,
    FunctionFact,
    ImportFact,
    InlineAnnotation,
    Span,
)

Fact = FieldFact | ClassFact | CallFact | ImportFact | FunctionFact


@dataclass
class ModuleInfo:
    """A parsed module with the indexes extractors need.

    ``imports`` maps a local name to the dotted name it stands for (``models`` ->
    ``django.db.models``, ``EmailStr`` -> ``pydantic.EmailStr``). ``comments`` maps a line to
    the text of its trailing comment (without ``#``). ``annotations`` maps a line to the
    ``# privlint: element=... / not-personal`` comment on it; extractors attach them with
    :meth:`inline`, which also remembers which were used so that a stray one can be reported.
    ``cache`` lets extractors share work computed once per module (the class index).
    """

    path: str
    module: str
    source: str
    tree: ast.Module
    imports: Mapping[str, str] = field(default_factory=dict)
    comments: Mapping[int, str] = field(default_factory=dict)
    annotations: Mapping[int, InlineAnnotation] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def qualify(self, node: ast.expr) -> str | None:
        """The dotted name an expression refers to, resolved through imports; None if unknown."""
        parts: list[str] = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if not isinstance(node, ast.Name):
            return None
        head = self.imports.get(node.id, node.id)
        return ".".join([head, *reversed(parts)])

    def inline(self, *lines: int) -> InlineAnnotation | None:
        """The first inline annotation found on ``lines`` (a field's first and last line)."""
        if not self.annotations:
            return None
        for line in lines:
            found = self.annotations.get(line)
            if found is not None:
                self.cache.setdefault("inline_used", set()).add(line)
                return found
        return None

    def symbol(self, *parts: str) -> str:
        """A dotted symbol inside this module: ``symbol("Customer", "email")``."""
        return ".".join([self.module, *parts]) if self.module else ".".join(parts)


_BLOCKS = ("body", "orelse", "finalbody")
#: Statements that hold other statements; every other kind is a leaf for iter_statements.
_COMPOUND: tuple[type, ...] = (
    ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.If, ast.For, ast.AsyncFor,
    ast.While, ast.With, ast.AsyncWith, ast.Try, ast.Match,
    *((ast.TryStar,) if hasattr(ast, "TryStar") else ()),  # Python 3.11+
)  # fmt: skip


def iter_statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Every statement in ``body``, nested blocks included, without walking expressions.

    Walking statements only is several times cheaper than ``ast.walk`` on real code, where
    most nodes are expressions; use it to find imports, assignments, definitions.
    """
    stack = list(reversed(body))
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, _COMPOUND):
            continue
        blocks: list[list[ast.stmt]] = [getattr(node, name, None) or [] for name in _BLOCKS]
        blocks.extend(h.body for h in getattr(node, "handlers", ()))
        blocks.extend(c.body for c in getattr(node, "cases", ()))
        for block in reversed(blocks):
            if block and isinstance(block[0], ast.stmt):
                stack.extend(reversed(block))


def span_of(node: ast.AST) -> Span:
    """1-based line and column span of an AST node."""
    line = getattr(node, "lineno", 1)
    col = getattr(node, "col_offset", 0) + 1
    end_line = getattr(node, "end_lineno", None) or line
    end_col = (getattr(node, "end_col_offset", None) or (col - 1)) + 1
    return Span(line, col, end_line, end_col)


class Extractor(Protocol):
    """Turns a parsed module into facts. Built-ins and plugins implement the same protocol."""

    name: str

    def extract(self, module: ModuleInfo) -> Iterable[Fact]: ...
