"""What a Python expression carries: ValueSources (taint) and constant text (URLs, Max-Age).

Intraprocedural and flow-insensitive within branches on purpose: the checks need "could this
argument hold ``customer.email``?", answered in one pass per function without running code.
Calls are opaque except string building (``format``, ``join``, ``json.dumps``, ``str``) and
known sanitisers (hashing, masking), which stop taint.
"""

from __future__ import annotations

import ast
import builtins
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from privlint.facts import ValueSource

MAX_SOURCES = 24
MAX_STRINGS = 24

#: Calls whose result carries the data of their arguments (string building, containers).
PROPAGATORS = frozenset(
    {
        "str",
        "repr",
        "format",
        "dict",
        "list",
        "tuple",
        "set",
        "frozenset",
        "sorted",
        "reversed",
        "json.dumps",
        "simplejson.dumps",
        "orjson.dumps",
        "urllib.parse.urlencode",
        "urllib.parse.quote",
        "urllib.parse.quote_plus",
        "base64.b64encode",
        "base64.urlsafe_b64encode",
        "textwrap.dedent",
        "copy.copy",
        "copy.deepcopy",
        "dataclasses.asdict",
    }
)

#: String/dict methods whose result still holds the receiver's data.
PROPAGATING_METHODS = frozenset(
    {
        "lower",
        "upper",
        "strip",
        "lstrip",
        "rstrip",
        "title",
        "capitalize",
        "casefold",
        "encode",
        "decode",
        "replace",
        "split",
        "rsplit",
        "splitlines",
        "partition",
        "ljust",
        "rjust",
        "center",
        "zfill",
        "removeprefix",
        "removesuffix",
        "format",
        "format_map",
        "join",
        "copy",
        "items",
        "values",
        "model_dump",
        "dict",
        "to_dict",
        "json",
        "model_dump_json",
    }
)

#: Callee words that mean the value was made safe (hashed, masked, pseudonymised).
SANITISER = re.compile(
    r"(^|[._])(hash|sha\d*|md5|blake2\w*|hmac|digest|hexdigest|mask\w*|redact\w*|anonymi[sz]e\w*"
    r"|pseudonymi[sz]e\w*|obfuscate\w*|scrub\w*|sanitize\w*|sanitise\w*|truncate\w*|len|bool"
    r"|int|float|id|type|isinstance|uuid\d?|count|exists)$"
)

#: Names that never carry a data subject's data.
QUIET_NAMES = frozenset({"self", "cls", "request", "req", "super", "__name__", "__file__", "_"})
BUILTINS = frozenset(dir(builtins))

REQUEST_NAMES = frozenset({"request", "req"})
#: Attributes of a request object that are not request data (the logged-in user, routing).
REQUEST_NOT_DATA = frozenset({"user", "session", "method", "path", "resolver_match", "app"})

DJANGO_LOOKUPS = frozenset(
    {
        "exact",
        "iexact",
        "contains",
        "icontains",
        "in",
        "gt",
        "gte",
        "lt",
        "lte",
        "startswith",
        "istartswith",
        "endswith",
        "iendswith",
        "range",
        "date",
        "year",
        "month",
        "day",
        "week",
        "isnull",
        "regex",
        "iregex",
        "ne",
    }
)

TIMEDELTA_SECONDS = {
    "weeks": 604800,
    "days": 86400,
    "hours": 3600,
    "minutes": 60,
    "seconds": 1,
    "milliseconds": 0.001,
}


@dataclass
class Scope:
    """What is known inside one function body while it is walked top to bottom.

    ``taint`` maps a local to the sources it may hold; ``literals`` a local to the constant
    text (or f-string prefix) it was given; ``bindings`` a local to the factory that built
    it (``logger`` -> ``logging.getLogger()``) and ``binding_args`` to that call's node.
    """

    module_symbol: str
    imports: Mapping[str, str]
    module_defs: frozenset[str]
    consts: Mapping[str, str | float]
    class_name: str | None = None
    params: set[str] = field(default_factory=set)
    request_params: set[str] = field(default_factory=set)
    taint: dict[str, tuple[ValueSource, ...]] = field(default_factory=dict)
    literals: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    bindings: dict[str, str] = field(default_factory=dict)
    binding_args: dict[str, ast.Call] = field(default_factory=dict)

    # ---- names and callees ----------------------------------------------------------------
    def qualify_name(self, name: str) -> str | None:
        """A module-level name's dotted meaning: an import, or a def/class of this module."""
        if name in self.bindings:
            return self.bindings[name]
        if name in self.imports:
            return self.imports[name]
        if name in self.module_defs:
            return f"{self.module_symbol}.{name}" if self.module_symbol else name
        return None

    def resolve(self, node: ast.expr) -> tuple[str | None, ast.Call | None]:
        """Callee text of ``node`` and the factory call that built its receiver, if any.

        ``logging.getLogger(__name__).info`` -> ``logging.getLogger().info``;
        a local ``client = httpx.Client(base_url=...)`` makes ``client.post`` resolve to
        ``httpx.Client().post`` with the ``httpx.Client(...)`` call as receiver factory.
        """
        if isinstance(node, ast.Name):
            if node.id in self.bindings:
                return self.bindings[node.id], self.binding_args.get(node.id)
            return self.qualify_name(node.id) or node.id, None
        if isinstance(node, ast.Attribute):
            if isinstance(node.value, ast.Name) and node.value.id == "self":
                key = f"self.{node.attr}"
                if key in self.bindings:
                    return self.bindings[key], self.binding_args.get(key)
            base, factory = self.resolve(node.value)
            if base is None:
                return None, None
            return f"{base}.{node.attr}", factory
        if isinstance(node, ast.Call):
            base, _ = self.resolve(node.func)
            if base is None:
                return None, None
            return f"{base}()", node
        if isinstance(node, ast.Await):
            return self.resolve(node.value)
        return None, None

    def is_request(self, node: ast.expr) -> bool:
        if isinstance(node, ast.Name):
            if node.id in self.request_params:
                return True
            if node.id in REQUEST_NAMES and node.id not in self.taint:
                return True
            return self.imports.get(node.id, "").endswith(".request")
        return (
            isinstance(node, ast.Attribute)
            and node.attr == "request"
            and isinstance(node.value, ast.Name)
            and node.value.id == "self"
        )

    # ---- sources ------------------------------------------------------------------------
    def sources(self, node: ast.expr | None) -> tuple[ValueSource, ...]:
        """Every ValueSource that may flow into ``node``'s value (deduplicated, capped)."""
        if node is None:
            return ()
        return _dedupe(self._sources(node))

    def _sources(self, node: ast.expr) -> Iterable[ValueSource]:
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Constant):
            return ()
        if isinstance(node, ast.Name):
            return self._name(node.id, line)
        if isinstance(node, ast.Attribute | ast.Subscript):
            req = self._request(node, line)
            if req is not None:
                return req
            if isinstance(node, ast.Attribute):
                return self._attribute(node, line)
            return self._subscript(node, line)
        if isinstance(node, ast.JoinedStr):
            return _chain(
                self._sources(v.value) for v in node.values if isinstance(v, ast.FormattedValue)
            )
        if isinstance(node, ast.FormattedValue):
            return self._sources(node.value)
        if isinstance(node, ast.BinOp):
            return [*self._sources(node.left), *self._sources(node.right)]
        if isinstance(node, ast.BoolOp):
            return _chain(self._sources(v) for v in node.values)
        if isinstance(node, ast.IfExp):
            return [*self._sources(node.body), *self._sources(node.orelse)]
        if isinstance(node, ast.UnaryOp):
            return () if isinstance(node.op, ast.Not) else self._sources(node.operand)
        if isinstance(node, ast.List | ast.Tuple | ast.Set):
            return _chain(self._sources(e) for e in node.elts)
        if isinstance(node, ast.Dict):
            out: list[ValueSource] = []
            for key, value in zip(node.keys, node.values, strict=True):
                out.extend(self.keyed(key.value if isinstance(key, ast.Constant) else None, value))
            return out
        if isinstance(node, ast.Starred | ast.Await | ast.NamedExpr):
            return self._sources(node.value)
        if isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
            return self._comprehension(node)
        if isinstance(node, ast.Call):
            return self._call(node, line)
        return ()

    def keyed(self, key: object, value: ast.expr) -> list[ValueSource]:
        """Sources of a dict value or keyword argument; the key also names the value.

        ``{"email": row[3]}`` says what ``row[3]`` is even though ``row`` says nothing;
        constants and sanitised values (``{"email": mask(e)}``) take no name from the key.
        """
        found = list(self._sources(value))
        if (
            isinstance(key, str)
            and key.isidentifier()
            and not isinstance(value, ast.Constant | ast.JoinedStr)
            and not _is_sanitised(self, value)
        ):
            found.append(ValueSource("key", key, key, line=getattr(value, "lineno", 0)))
        return found

    def _name(self, name: str, line: int) -> Iterable[ValueSource]:
        if name in self.taint:
            return self.taint[name]
        if name in self.params:
            if name in QUIET_NAMES or name in self.request_params:
                return ()
            return (ValueSource("parameter", name, name, line=line),)
        if (
            name in QUIET_NAMES
            or name in BUILTINS
            or name in self.imports
            or name in self.module_defs
            or name in self.bindings
            or name in self.literals
            or name in self.consts
            or name.isupper()
        ):
            return ()
        return (ValueSource("name", name, name, line=line),)

    def _owner(self, node: ast.expr) -> str:
        if isinstance(node, ast.Name):
            if node.id == "self" and self.class_name:
                return self.class_name
            return node.id
        if isinstance(node, ast.Attribute):
            return node.attr
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            return str(node.slice.value)
        return _text(node)

    def _attribute(self, node: ast.Attribute, line: int) -> Iterable[ValueSource]:
        root = _root(node)
        if root is not None and (
            root.id in self.imports or root.id in self.module_defs or root.id.isupper()
        ):
            return ()  # settings.ADMIN_EMAIL, Model.objects: configuration and classes
        if node.attr.isupper() or node.attr.startswith("__"):
            return ()
        own = ValueSource("attribute", _text(node), node.attr, self._owner(node.value), line=line)
        inherited = self._local_taint(node.value)
        return (own, *inherited)

    def _subscript(self, node: ast.Subscript, line: int) -> Iterable[ValueSource]:
        key = node.slice.value if isinstance(node.slice, ast.Constant) else None
        base = list(self._sources(node.value))
        if not isinstance(key, str):
            return base
        keyed = _key_request_parts(base, key, _text(node))
        if keyed is not None:
            return keyed
        own = ValueSource("subscript", _text(node), key, self._owner(node.value), line=line)
        return (own, *self._local_taint(node.value))

    def _local_taint(self, node: ast.expr) -> tuple[ValueSource, ...]:
        """Taint of a local container the attribute or item was read from."""
        if isinstance(node, ast.Name) and node.id in self.taint:
            return self.taint[node.id]
        return ()

    def _request(self, node: ast.expr, line: int) -> tuple[ValueSource, ...] | None:
        """``request.POST["email"]``, ``request.META["REMOTE_ADDR"]``, ``request.client.host``."""
        key: str | None = None
        target = node
        if isinstance(target, ast.Subscript):
            if isinstance(target.slice, ast.Constant) and isinstance(target.slice.value, str):
                key = target.slice.value
            target = target.value
        parts: list[str] = []
        while isinstance(target, ast.Attribute) and not self.is_request(target):
            parts.append(target.attr)
            target = target.value
        if not parts or not self.is_request(target):
            return None
        parts.reverse()
        if parts[0] in REQUEST_NOT_DATA:
            return None
        part = ".".join(parts)
        return (
            ValueSource("request", _text(node), key or "", "request", request_part=part, line=line),
        )

    def _call(self, node: ast.Call, line: int) -> Iterable[ValueSource]:
        func = node.func
        callee, _ = self.resolve(func)
        if isinstance(func, ast.Attribute):
            method = func.attr
            # request.POST.get("email"), request.get_json(), data.get("email")
            if method in {"get", "getlist", "pop"} and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    fake = ast.Subscript(value=func.value, slice=first, ctx=ast.Load())
                    ast.copy_location(fake, node)
                    return self._sources(fake)
            req = self._request(func, line)
            if req is not None:  # request.get_json(), await request.json()
                return req
            if _is_sanitised(self, node):
                return ()
            if method in PROPAGATING_METHODS:
                return [
                    *self._sources(func.value),
                    *_chain(self._sources(a) for a in node.args),
                    *_chain(self.keyed(k.arg, k.value) for k in node.keywords),
                ]
            if method in {"append", "extend", "update", "add", "insert", "setdefault"}:
                return ()
            if (
                not node.args
                and not node.keywords
                and isinstance(func.value, ast.Name | ast.Attribute)
            ):
                root = _root(func)
                if (
                    root is not None
                    and root.id not in self.imports
                    and root.id not in self.module_defs
                ):
                    getter = method[4:] if method.startswith("get_") else method
                    return (
                        ValueSource(
                            "attribute", _text(node), getter, self._owner(func.value), line=line
                        ),
                    )
            return ()
        if callee in PROPAGATORS or (callee or "").rpartition(".")[2] in {"dumps", "urlencode"}:
            return [
                *_chain(self._sources(a) for a in node.args),
                *_chain(self.keyed(k.arg, k.value) for k in node.keywords),
            ]
        return ()

    def _comprehension(
        self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp
    ) -> list[ValueSource]:
        saved = dict(self.taint)
        try:
            for gen in node.generators:
                for name in _target_names(gen.target):
                    self.taint[name] = self.sources(gen.iter)
            if isinstance(node, ast.DictComp):
                return [*self._sources(node.key), *self._sources(node.value)]
            return list(self._sources(node.elt))
        finally:
            self.taint = saved

    # ---- constants ------------------------------------------------------------------------
    def literal(self, node: ast.expr) -> tuple[str | None, str | None]:
        """``(literal, prefix)``: constant text of the value, or the constant start of it."""
        value = self.constant(node)
        if value is not None:
            return _fmt(value), None
        if isinstance(node, ast.Name) and node.id in self.literals:
            return self.literals[node.id]
        return None, self.prefix(node)

    def constant(self, node: ast.expr) -> str | float | None:
        """Fold constants: literals, module constants, ``60 * 60 * 24``, ``timedelta(days=1)``."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str | int | float):
            return node.value
        if isinstance(node, ast.Name):
            if node.id in self.literals:
                return self.literals[node.id][0]
            return self.consts.get(node.id)
        if isinstance(node, ast.BinOp):
            left, right = self.constant(node.left), self.constant(node.right)
            if isinstance(left, int | float) and isinstance(right, int | float):
                if isinstance(node.op, ast.Mult):
                    return left * right
                if isinstance(node.op, ast.Add):
                    return left + right
                if isinstance(node.op, ast.Sub):
                    return left - right
            if isinstance(left, str) and isinstance(right, str) and isinstance(node.op, ast.Add):
                return left + right
            return None
        if isinstance(node, ast.Call):
            callee, _ = self.resolve(node.func)
            if callee in {"datetime.timedelta", "timedelta"} and not node.args:
                total = 0.0
                for kw in node.keywords:
                    value = self.constant(kw.value) if kw.arg in TIMEDELTA_SECONDS else None
                    if not isinstance(value, int | float):
                        return None
                    total += value * TIMEDELTA_SECONDS[kw.arg or ""]
                return total
            if callee in {"datetime.timedelta", "timedelta"} and len(node.args) == 1:
                days = self.constant(node.args[0])
                return days * 86400 if isinstance(days, int | float) else None
        return None

    def prefix(self, node: ast.expr) -> str | None:
        """The constant text a built string starts with (``http://x/`` of ``f"http://x/{id}"``)."""
        if isinstance(node, ast.JoinedStr):
            out = ""
            for part in node.values:
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    out += part.value
                elif isinstance(part, ast.FormattedValue):
                    value = self.constant(part.value)
                    if not isinstance(value, str):
                        break
                    out += value
            return out or None
        if isinstance(node, ast.BinOp):
            left = self.constant(node.left)
            if isinstance(left, str):
                return left.split("%", 1)[0] if isinstance(node.op, ast.Mod) else left
            return self.prefix(node.left) if isinstance(node.op, ast.Add) else None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            base = self.constant(node.func.value)
            if isinstance(base, str) and node.func.attr == "format":
                return base.split("{", 1)[0] or None
        if isinstance(node, ast.Name) and node.id in self.literals:
            literal, prefix = self.literals[node.id]
            return literal or prefix
        return None


# ---- helpers ----------------------------------------------------------------------------


def _fmt(value: str | float) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _text(node: ast.AST) -> str:
    """Source-like text of an expression; dotted names (the common case) without unparse."""
    parts: list[str] = []
    current = node
    while isinstance(current, ast.Attribute):
        parts.append(current.attr)
        current = current.value
    if isinstance(current, ast.Name):
        parts.append(current.id)
        return ".".join(reversed(parts))
    try:
        return ast.unparse(node)
    except Exception:  # pragma: no cover - unparse is total on parsed trees
        return type(node).__name__


def _root(node: ast.expr) -> ast.Name | None:
    while isinstance(node, ast.Attribute | ast.Subscript | ast.Call):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node if isinstance(node, ast.Name) else None


def _chain(groups: Iterable[Iterable[ValueSource]]) -> list[ValueSource]:
    return [s for group in groups for s in group]


def _dedupe(sources: Iterable[ValueSource]) -> tuple[ValueSource, ...]:
    seen: dict[tuple[str, str, str | None], ValueSource] = {}
    for source in sources:
        seen.setdefault((source.kind, source.text, source.request_part), source)
        if len(seen) >= MAX_SOURCES:
            break
    return tuple(seen.values())


def _key_request_parts(
    base: list[ValueSource], key: str, text: str
) -> tuple[ValueSource, ...] | None:
    """``data["email"]`` where ``data = request.POST``: the keyed request source."""
    whole = [s for s in base if s.kind == "request" and not s.name]
    if not whole:
        return None
    return tuple(
        ValueSource("request", text, key, "request", request_part=s.request_part, line=s.line)
        for s in whole
    )


def _is_sanitised(scope: Scope, node: ast.expr) -> bool:
    if not isinstance(node, ast.Call):
        return False
    callee, _ = scope.resolve(node.func)
    name = callee or (_text(node.func))
    return bool(SANITISER.search(name.replace("()", "")))


def _target_names(target: ast.expr) -> list[str]:
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, ast.Tuple | ast.List):
        return [n for elt in target.elts for n in _target_names(elt)]
    if isinstance(target, ast.Starred):
        return _target_names(target.value)
    return []


def strings_in(node: ast.expr) -> tuple[str, ...]:
    """String constants inside an argument (dict keys, header names), capped and trimmed."""
    base: ast.expr = node
    while isinstance(base, ast.Attribute):
        base = base.value
    if isinstance(base, ast.Name):  # a dotted name holds no constants: skip the walk
        return ()
    if isinstance(node, ast.Constant):
        return (node.value[:100],) if isinstance(node.value, str) and node.value else ()
    found: list[str] = []
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str) and sub.value:
            found.append(sub.value[:100])
            if len(found) >= MAX_STRINGS:
                break
    return tuple(dict.fromkeys(found))


def filter_path(keyword: str) -> str:
    """``subscription__opted_out_at__isnull`` -> ``subscription.opted_out_at``."""
    parts = [p for p in keyword.split("__") if p]
    while len(parts) > 1 and parts[-1] in DJANGO_LOOKUPS:
        parts.pop()
    return ".".join(parts)


target_names = _target_names
is_sanitised = _is_sanitised
text_of = _text
root_of = _root
