"""The flow extractor: calls with what flows into their arguments, imports, function summaries.

One walk per function body, top to bottom. Assignments at the top level of a body replace a
local's taint; inside branches and loops they add to it (may-taint), which keeps straight-line
code precise and never loses a path. Nested functions and classes get their own pass.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from privlint.analysis.flows.values import (
    Scope,
    filter_path,
    is_sanitised,
    root_of,
    strings_in,
    target_names,
    text_of,
)
from privlint.analysis.module import Fact, ModuleInfo, iter_statements, span_of
from privlint.facts import ArgumentFact, CallFact, FunctionFact, ImportFact, ValueSource

FILTER_METHODS = frozenset({"filter", "exclude", "filter_by", "where", "having", "Q"})
#: Lookups that filter only on an ORM manager or query (``Model.objects.get(email=...)``).
QUERY_METHODS = frozenset({"get", "get_or_none", "find", "find_one", "count", "exists"})
FUNCTION_NODES = (ast.FunctionDef, ast.AsyncFunctionDef)
#: Nodes with nothing to find below them (lambdas are opaque to the per-function analysis).
_LEAVES = (ast.Constant, ast.Lambda, ast.expr_context, ast.operator, ast.cmpop, ast.unaryop)
DEF_NODES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def module_imports(tree: ast.Module, module: str) -> tuple[dict[str, str], list[ImportFact]]:
    """Local name -> dotted name for every import in the file (relative ones made absolute),
    and an ImportFact per statement, in one walk of the statements."""
    out: dict[str, str] = {}
    facts: list[ImportFact] = []
    for node in iter_statements(tree.body):
        if isinstance(node, ast.Import):
            for alias in node.names:
                facts.append(ImportFact(alias.name, (), span_of(node)))
                if alias.asname:
                    out[alias.asname] = alias.name
                else:
                    head = alias.name.split(".")[0]
                    out[head] = head
        elif isinstance(node, ast.ImportFrom):
            base = absolute_module(node, module)
            facts.append(ImportFact(base, tuple(a.name for a in node.names), span_of(node)))
            for alias in node.names:
                if alias.name != "*":
                    out[alias.asname or alias.name] = f"{base}.{alias.name}" if base else alias.name
    return out, facts


def absolute_module(node: ast.ImportFrom, module: str) -> str:
    if not node.level:
        return node.module or ""
    package = module.split(".")[: -node.level] if module else []
    return ".".join([*package, *([node.module] if node.module else [])])


@dataclass
class _Summary:
    """What one function does, accumulated while its body is walked."""

    calls: list[str] = field(default_factory=list)
    filters: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)


class FlowExtractor:
    """Extract CallFact, ImportFact and FunctionFact from a module (issue 4 flow checks)."""

    name = "flows"

    def extract(self, module: ModuleInfo) -> Iterable[Fact]:
        return list(_ModuleWalk(module).run())


class _ModuleWalk:
    def __init__(self, module: ModuleInfo) -> None:
        self.module = module
        imports, self.import_facts = module_imports(module.tree, module.module)
        imports.update(module.imports)
        self.imports = imports
        defs = {
            n.name
            for n in module.tree.body
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
        }
        self.module_defs = frozenset(defs)
        self.consts: dict[str, str | float] = {}
        self.module_scope = self._scope(None)
        for stmt in module.tree.body:
            if isinstance(stmt, ast.Assign | ast.AnnAssign) and stmt.value is not None:
                value = self.module_scope.constant(stmt.value)
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                for target in targets:
                    if isinstance(target, ast.Name) and value is not None:
                        self.consts[target.id] = value
        self.facts: list[Fact] = []

    def _scope(self, class_name: str | None) -> Scope:
        return Scope(
            module_symbol=self.module.module,
            imports=self.imports,
            module_defs=self.module_defs,
            consts=getattr(self, "consts", {}),
            class_name=class_name,
        )

    def run(self) -> Iterator[Fact]:
        self.facts.extend(self.import_facts)
        scope = self.module_scope
        scope.consts = self.consts
        body = [s for s in self.module.tree.body if not isinstance(s, DEF_NODES)]
        _BodyWalk(self, scope, None, _Summary()).block(body, nested=False)
        module_bindings = dict(scope.bindings)
        module_factories = dict(scope.binding_args)
        for stmt in self.module.tree.body:
            self._definition(stmt, [], None, module_bindings, module_factories)
        yield from self.facts

    def _definition(
        self,
        stmt: ast.stmt,
        outer: list[str],
        class_name: str | None,
        bindings: dict[str, str],
        factories: dict[str, ast.Call],
    ) -> None:
        if isinstance(stmt, ast.ClassDef):
            class_bindings = dict(bindings)
            class_factories = dict(factories)
            probe = self._scope(stmt.name)
            probe.bindings, probe.binding_args = class_bindings, class_factories
            for node in iter_statements(stmt.body):
                if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
                    for target in node.targets:
                        if (
                            isinstance(target, ast.Attribute)
                            and isinstance(target.value, ast.Name)
                            and target.value.id == "self"
                        ):
                            callee, _ = probe.resolve(node.value)
                            if callee:
                                class_bindings[f"self.{target.attr}"] = callee
                                class_factories[f"self.{target.attr}"] = node.value
            for sub in stmt.body:
                self._definition(
                    sub, [*outer, stmt.name], stmt.name, class_bindings, class_factories
                )
        elif isinstance(stmt, FUNCTION_NODES):
            self._function(stmt, outer, class_name, bindings, factories)

    def _function(
        self,
        node: ast.FunctionDef | ast.AsyncFunctionDef,
        outer: list[str],
        class_name: str | None,
        bindings: dict[str, str],
        factories: dict[str, ast.Call],
    ) -> None:
        symbol = self.module.symbol(*outer, node.name)
        scope = self._scope(class_name)
        scope.bindings = dict(bindings)
        scope.binding_args = dict(factories)
        args = node.args
        params = [*args.posonlyargs, *args.args, *args.kwonlyargs]
        if args.vararg:
            params.append(args.vararg)
        if args.kwarg:
            params.append(args.kwarg)
        for param in params:
            scope.params.add(param.arg)
            annotation = text_of(param.annotation) if param.annotation is not None else ""
            if "Request" in annotation:
                scope.request_params.add(param.arg)
        summary = _Summary()
        walk = _BodyWalk(self, scope, symbol, summary)
        decorators: list[str] = []
        for deco in node.decorator_list:
            target = deco.func if isinstance(deco, ast.Call) else deco
            callee, _ = scope.resolve(target)
            decorators.append(callee or text_of(target))
            walk.expression(deco)
        walk.block(node.body, nested=False)
        self.facts.append(
            FunctionFact(
                symbol=symbol,
                span=span_of(node),
                calls=tuple(dict.fromkeys(summary.calls)),
                filters=tuple(dict.fromkeys(summary.filters)),
                decorators=tuple(decorators),
                parameters=tuple(p.arg for p in params),
                references=tuple(dict.fromkeys(summary.references)),
            )
        )
        for sub in node.body:
            self._nested(sub, [*outer, node.name], class_name, scope)

    def _nested(
        self, stmt: ast.stmt, outer: list[str], class_name: str | None, scope: Scope
    ) -> None:
        if isinstance(stmt, DEF_NODES):
            self._definition(stmt, outer, class_name, scope.bindings, scope.binding_args)
            return
        for child in ast.iter_child_nodes(stmt):
            if isinstance(child, ast.stmt):
                self._nested(child, outer, class_name, scope)


class _BodyWalk:
    """Walk statements of one body, recording calls before applying each assignment."""

    def __init__(self, owner: _ModuleWalk, scope: Scope, function: str | None, summary: _Summary):
        self.owner = owner
        self.scope = scope
        self.function = function
        self.summary = summary
        self.loop_depth = 0

    # ---- statements -----------------------------------------------------------------------
    def block(self, body: list[ast.stmt], *, nested: bool) -> None:
        for stmt in body:
            self.statement(stmt, nested=nested)

    def statement(self, stmt: ast.stmt, *, nested: bool) -> None:
        scope = self.scope
        if isinstance(stmt, DEF_NODES):
            return
        if isinstance(stmt, ast.Assign):
            first = len(self.owner.facts)
            self.expression(stmt.value)
            for target in stmt.targets:
                self.assign(target, stmt.value, nested=nested)
            self._mark_assigned(stmt.targets, stmt.value, first)
        elif isinstance(stmt, ast.AnnAssign):
            if stmt.value is not None:
                self.expression(stmt.value)
                self.assign(stmt.target, stmt.value, nested=nested)
        elif isinstance(stmt, ast.AugAssign):
            self.expression(stmt.value)
            self.assign(stmt.target, stmt.value, nested=True)
        elif isinstance(stmt, ast.Raise):
            if stmt.exc is not None:
                self.expression(stmt.exc, raised=True)
        elif isinstance(stmt, ast.If | ast.While):
            self.condition(stmt.test)
            self.expression(stmt.test)
            if isinstance(stmt, ast.While):
                self.loop_depth += 1
            self.block(stmt.body, nested=True)
            if isinstance(stmt, ast.While):
                self.loop_depth -= 1
            self.block(stmt.orelse, nested=True)
        elif isinstance(stmt, ast.For | ast.AsyncFor):
            self.expression(stmt.iter)
            for name in target_names(stmt.target):
                scope.taint[name] = scope.sources(stmt.iter)
            self.loop_depth += 1
            self.block(stmt.body, nested=True)
            self.loop_depth -= 1
            self.block(stmt.orelse, nested=True)
        elif isinstance(stmt, ast.With | ast.AsyncWith):
            for item in stmt.items:
                self.expression(item.context_expr)
                if item.optional_vars is not None:
                    self.assign(item.optional_vars, item.context_expr, nested=nested)
            self.block(stmt.body, nested=nested)
        elif isinstance(stmt, ast.Try) or type(stmt).__name__ == "TryStar":
            self.block(stmt.body, nested=True)  # type: ignore[attr-defined]
            for handler in stmt.handlers:  # type: ignore[attr-defined]
                if handler.name:
                    scope.taint[handler.name] = ()
                self.block(handler.body, nested=True)
            self.block(stmt.orelse, nested=True)  # type: ignore[attr-defined]
            self.block(stmt.finalbody, nested=True)  # type: ignore[attr-defined]
        elif isinstance(stmt, ast.Match):
            self.expression(stmt.subject)
            for case in stmt.cases:
                self.block(case.body, nested=True)
        elif isinstance(stmt, ast.Assert):
            self.condition(stmt.test)
            self.expression(stmt.test)
        else:
            for child in ast.iter_child_nodes(stmt):
                if isinstance(child, ast.expr):
                    self.expression(child)

    def assign(self, target: ast.expr, value: ast.expr, *, nested: bool) -> None:
        scope = self.scope
        if isinstance(target, ast.Name):
            name = target.id
            callee, _ = (
                scope.resolve(value)
                if isinstance(value, ast.Call | ast.Attribute)
                else (None, None)
            )
            root = root_of(value) if isinstance(value, ast.Attribute | ast.Call) else None
            if isinstance(value, ast.Call) and callee and _is_factory(scope, value):
                scope.bindings[name] = callee
                scope.binding_args[name] = value
            elif (
                isinstance(value, ast.Attribute)
                and callee
                and root is not None
                and (root.id in scope.imports or root.id in scope.bindings)
            ):
                scope.bindings[name] = callee  # alias: log = logging.getLogger(...).info
            sources = scope.sources(value)
            if not sources and isinstance(value, ast.Call) and _opaque(scope, value):
                sources = (ValueSource("name", name, name, line=getattr(value, "lineno", 0)),)
            if nested and name in scope.taint:
                merged = {(s.kind, s.text): s for s in (*scope.taint[name], *sources)}
                scope.taint[name] = tuple(merged.values())
            else:
                scope.taint[name] = sources
            literal, prefix = scope.literal(value)
            if literal is not None or prefix is not None:
                scope.literals[name] = (literal, prefix)
            elif not nested:
                scope.literals.pop(name, None)
        elif isinstance(target, ast.Tuple | ast.List):
            values = value.elts if isinstance(value, ast.Tuple | ast.List) else None
            if values is not None and len(values) == len(target.elts):
                for sub_target, sub_value in zip(target.elts, values, strict=True):
                    self.assign(sub_target, sub_value, nested=nested)
            else:
                sources = scope.sources(value)
                for name in target_names(target):
                    scope.taint[name] = sources
        elif isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name):
            # payload["email"] = customer.email: the container now holds it
            key = target.slice.value if isinstance(target.slice, ast.Constant) else None
            added = scope.keyed(key, value)
            name = target.value.id
            scope.taint[name] = (*scope.taint.get(name, ()), *added)

    def _mark_assigned(self, targets: list[ast.expr], value: ast.expr, first: int) -> None:
        """Remember the attribute a call's result is stored in (``self._password = f(raw)``):
        the call's fact is the first one its expression produced."""
        attributes = [t for t in targets if isinstance(t, ast.Attribute)]
        if not attributes or not isinstance(value, ast.Call) or first >= len(self.owner.facts):
            return
        fact = self.owner.facts[first]
        if not isinstance(fact, CallFact) or fact.span != span_of(value):
            return
        target = attributes[0]
        base = target.value
        if isinstance(base, ast.Name) and base.id == "self" and self.scope.class_name:
            where = f"{self.scope.class_name}.{target.attr}"
        else:
            where = f"{text_of(base)}.{target.attr}"
        self.owner.facts[first] = replace(fact, stored_in=where)

    def condition(self, test: ast.expr) -> None:
        """Attributes tested in a condition count as filters (``if sub.opted_out_at:``)."""
        for node in ast.walk(test):
            if isinstance(node, ast.Attribute):
                self.summary.filters.append(self.attribute_path(node))
            key = _constant_key(node)
            if (
                key is not None
            ):  # request.COOKIES.get("cookie_consent") -> ...COOKIES.cookie_consent
                self.summary.filters.append(f"{text_of(key[0])}.{key[1]}")

    def attribute_path(self, node: ast.Attribute) -> str:
        base = node.value
        if isinstance(base, ast.Name):
            qualified = self.scope.qualify_name(base.id)
            owner = self.scope.class_name if base.id == "self" and self.scope.class_name else None
            return f"{qualified or owner or base.id}.{node.attr}"
        return f"{text_of(base)}.{node.attr}"

    # ---- expressions ----------------------------------------------------------------------
    def expression(self, node: ast.expr, *, raised: bool = False) -> None:
        self._visit(node, raised=raised, comprehension=0)

    def _visit(self, node: ast.AST, *, raised: bool, comprehension: int) -> None:
        if isinstance(node, ast.Name):  # a leaf: its only child is the Load/Store context
            if isinstance(node.ctx, ast.Load):
                qualified = self.scope.qualify_name(node.id)
                if qualified and node.id not in self.scope.bindings:
                    self.summary.references.append(qualified)
            return
        if isinstance(node, _LEAVES):
            return
        depth = comprehension
        if isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
            depth += 1
            for gen in node.generators:
                for cond in gen.ifs:
                    self.condition(cond)
        if isinstance(node, ast.Compare):
            self.condition(node)
        if isinstance(node, ast.Call):
            self.call(node, raised=raised, in_loop=bool(self.loop_depth or depth))
        for child in ast.iter_child_nodes(node):
            self._visit(child, raised=False, comprehension=depth)

    def call(self, node: ast.Call, *, raised: bool, in_loop: bool) -> None:
        scope = self.scope
        callee, factory = scope.resolve(node.func)
        if callee is None:
            callee = text_of(node.func)
        self.summary.calls.append(callee)
        receiver = text_of(node.func.value) if isinstance(node.func, ast.Attribute) else None
        method = (
            node.func.attr if isinstance(node.func, ast.Attribute) else callee.rpartition(".")[2]
        )
        if method in FILTER_METHODS or (
            method in QUERY_METHODS and (".objects." in callee or ".query." in callee)
        ):
            self._filters(node)
        self.owner.facts.append(
            CallFact(
                callee=callee,
                span=span_of(node),
                function=self.function,
                receiver=receiver,
                args=self.arguments(node),
                receiver_args=self.arguments(factory) if factory is not None else (),
                raised=raised,
                in_loop=in_loop,
            )
        )

    def arguments(self, node: ast.Call) -> tuple[ArgumentFact, ...]:
        scope = self.scope
        out: list[ArgumentFact] = []
        for i, arg in enumerate(node.args):
            value = arg.value if isinstance(arg, ast.Starred) else arg
            literal, prefix = scope.literal(value)
            out.append(
                ArgumentFact(i, None, scope.sources(value), literal, prefix, strings_in(value))
            )
        for kw in node.keywords:
            literal, prefix = scope.literal(kw.value)
            sources = tuple(scope.keyed(kw.arg, kw.value)) if kw.arg else scope.sources(kw.value)
            out.append(
                ArgumentFact(None, kw.arg, _unique(sources), literal, prefix, strings_in(kw.value))
            )
        return tuple(out)

    def _filters(self, node: ast.Call) -> None:
        for kw in node.keywords:
            if kw.arg:
                self.summary.filters.append(filter_path(kw.arg))
        for arg in node.args:
            for sub in ast.walk(arg):
                if isinstance(sub, ast.Attribute) and not isinstance(sub.value, ast.Call):
                    self.summary.filters.append(self.attribute_path(sub))
                elif isinstance(sub, ast.keyword) and sub.arg:
                    self.summary.filters.append(filter_path(sub.arg))


def _constant_key(node: ast.AST) -> tuple[ast.expr, str] | None:
    """``x["key"]`` or ``x.get("key")``: the container and the constant key."""
    if (
        isinstance(node, ast.Subscript)
        and isinstance(node.slice, ast.Constant)
        and isinstance(node.slice.value, str)
    ):
        return node.value, node.slice.value
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ):
        return node.func.value, node.args[0].value
    return None


def _unique(sources: tuple) -> tuple:
    return tuple({(s.kind, s.text, s.request_part): s for s in sources}.values())


def _is_factory(scope: Scope, value: ast.Call) -> bool:
    """A call whose result is an object we track (a client, a logger): not data."""
    root = root_of(value.func)
    if root is None:
        return False
    return root.id in scope.imports or root.id in scope.bindings or root.id in scope.module_defs


def _opaque(scope: Scope, value: ast.Call) -> bool:
    """An opaque call result takes its variable's name as evidence (``email = lookup()``)."""
    return not is_sanitised(scope, value) and not _is_factory(scope, value)
