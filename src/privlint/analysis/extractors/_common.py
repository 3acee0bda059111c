"""Shared field extraction: from a recognised class body to FieldFacts.

Frameworks differ in small ways (which call wraps a type, which names a related model, what a
positional string means); a :class:`FieldStyle` states those differences as data so that each
framework's extractor is a few lines and they all agree on ``types``, ``related`` and
``metadata``.
"""

from __future__ import annotations

import ast
import contextlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

from privlint.analysis.extractors._recognise import (
    ClassInfo,
    class_body,
    classes,
    short,
    wrapped_call,
)
from privlint.analysis.module import Fact, ModuleInfo, span_of
from privlint.facts import ClassFact, FieldFact, Span

# Metadata keys kept as (key, literal string) pairs; the value is the key FieldFacts use.
META_KEYS: dict[str, str] = {
    key: key
    for key in (
        "help_text",
        "verbose_name",
        "description",
        "title",
        "label",
        "doc",
        "comment",
        "alias",
        "data_key",
        "source",
        "db_column",
        "env",
    )
}
# Translation wrappers around a literal: ``_("E-mail")``; pgettext takes a context first.
_GETTEXT = frozenset(
    {"_", "gettext", "gettext_lazy", "ugettext", "ugettext_lazy", "lazy_gettext", "_l", "N_"}
)
_PGETTEXT = frozenset({"pgettext", "pgettext_lazy"})
# Type constructors unwrapped to the types they hold (``Optional[X]`` -> ``X``).
_UNWRAP = frozenset(
    {
        "Optional",
        "Union",
        "Mapped",
        "WriteOnlyMapped",
        "DynamicMapped",
        "Annotated",
        "list",
        "List",
        "set",
        "Set",
        "frozenset",
        "FrozenSet",
        "tuple",
        "Tuple",
        "Sequence",
        "MutableSequence",
        "Collection",
        "Iterable",
        "Final",
        "Required",
        "NotRequired",
        "ReadOnly",
        "Type",
        "type",
    }
)
# Collections are unwrapped too, but their name is kept as evidence: ``tuple[str, ...]`` is
# ("tuple", "str"), a list of keys or names rather than one person's value.
_COLLECTIONS = frozenset(
    {
        "list", "List", "set", "Set", "frozenset", "FrozenSet", "tuple", "Tuple",
        "Sequence", "MutableSequence", "Collection", "Iterable",
    }
)  # fmt: skip
# Generic annotations that hold a link to the record they name: Beanie's ``Link[User]``,
# Tortoise's ``ForeignKeyRelation["Customer"]``. Both names are kept (the link and its target).
_REFERENCES = frozenset(
    {
        "Link", "BackLink", "ForeignKeyRelation", "ForeignKeyNullableRelation",
        "OneToOneRelation", "OneToOneNullableRelation", "ManyToManyRelation", "ReverseRelation",
    }
)  # fmt: skip
_NOT_FIELDS = frozenset({"property", "staticmethod", "classmethod", "cached_property"})
DJANGO_USER = "auth.User"
BUILTIN_TYPES = frozenset({"str", "int", "float", "bool", "bytes", "dict", "Any", "None"})


@dataclass(frozen=True)
class FieldStyle:
    """How one framework declares fields."""

    wrappers: frozenset[str] = frozenset()  # Column(String), Field(...), field(...)
    relations: frozenset[str] = frozenset()  # ForeignKey(Customer), relationship("Customer")
    positional_label: str | None = None  # CharField("full name") -> verbose_name
    keyword_aliases: Mapping[str, str] = field(default_factory=dict)
    annotations_only: bool = False
    skip_names: frozenset[str] = frozenset()
    skip_managers: bool = False
    skip_calls: frozenset[str] = frozenset()  # SubmitField(...): a control, never data
    # HiddenField(default=CurrentUserDefault()): the request's user, a link to the User model
    user_defaults: frozenset[str] = frozenset()
    # Keywords that name a relation's target besides the first argument (Piccolo's references=)
    target_keywords: tuple[str, ...] = ("to", "argument")
    # Only constructor calls are fields (a MongoEngine document's ``key = "created"`` or
    # ``verbose_name = _("dataset")`` is a class attribute, not a stored value)
    calls_only: bool = False


# ---- small expression helpers ------------------------------------------------------------------


def literal_text(node: ast.expr | None) -> str | None:
    """A literal string, looking through ``_("...")`` style translation calls."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Call) and node.args:
        name = short(node.func)
        if name in _GETTEXT:
            return literal_text(node.args[0])
        if name in _PGETTEXT and len(node.args) > 1:
            return literal_text(node.args[1])
    return None


def ref_text(module: ModuleInfo, node: ast.expr | None) -> str | None:
    """What a related-model argument names: ``"Customer"``, ``Customer``, ``auth.User``.

    Django's swappable user model (``settings.AUTH_USER_MODEL``, ``get_user_model()``) is
    given as ``auth.User``, the name it has unless a project swaps it, so that the classifier
    sees the person word.
    """
    if isinstance(node, ast.Call) and short(node.func) == "get_user_model":
        return DJANGO_USER
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return module.imports.get(node.id, node.id)
    if isinstance(node, ast.Attribute):
        dotted = module.qualify(node)
        return DJANGO_USER if node.attr == "AUTH_USER_MODEL" else dotted
    return None


def _add(out: list[str], name: str | None) -> None:
    if name and name not in out:
        out.append(name)


def annotation_types(node: ast.expr | None, out: list[str] | None = None) -> list[str]:
    """Short type names of an annotation, with Optional/Mapped/Annotated/list/``|`` unwrapped."""
    out = [] if out is None else out
    if node is None:
        return out
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str):  # a forward reference: "Customer"
            with contextlib.suppress(SyntaxError):
                annotation_types(ast.parse(node.value, mode="eval").body, out)
    elif isinstance(node, ast.Name | ast.Attribute):
        _add(out, short(node))
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        annotation_types(node.left, out)
        annotation_types(node.right, out)
    elif isinstance(node, ast.Subscript):
        base = short(node.value)
        if base not in _UNWRAP and base not in _REFERENCES:
            _add(out, base)
            return out
        if base in _COLLECTIONS or base in _REFERENCES:
            _add(out, base)
        inner = node.slice
        items = inner.elts if isinstance(inner, ast.Tuple) else [inner]
        for item in items[:1] if base == "Annotated" else items:
            annotation_types(item, out)
    elif isinstance(node, ast.Call):  # constr(max_length=3)
        _add(out, short(node.func))
    return out


def annotated_calls(node: ast.expr | None) -> Iterator[ast.Call]:
    """Calls inside ``Annotated[T, Field(...)]`` (also under Optional/Mapped)."""
    while isinstance(node, ast.Subscript):
        base = short(node.value)
        elts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if base == "Annotated":
            yield from (e for e in elts[1:] if isinstance(e, ast.Call))
            return
        if base not in ("Optional", "Mapped", "Required", "NotRequired", "Final"):
            return
        node = elts[0]


# Field constructors that take the field class of their items (marshmallow's List, DRF's
# ListField through child=, WTForms' FieldList).
_CONTAINERS = frozenset({"List", "ListField", "FieldList", "Tuple", "Set"})


# Column arguments that are schema constructs, not the column's type: Column(Integer,
# Identity(), Sequence("id_seq")) holds an integer (SQLAlchemy's Identity is no person).
_SCHEMA_CONSTRUCTS = frozenset(
    {"Identity", "Sequence", "Computed", "FetchedValue", "DefaultClause", "CheckConstraint"}
)


def call_types(call: ast.Call, style: FieldStyle) -> list[str]:
    """Short names a field constructor contributes: the field class, or the wrapped type."""
    out: list[str] = []
    name = short(call.func)
    if name in style.wrappers:
        for arg in call.args:
            column_arg = isinstance(arg, ast.Name | ast.Attribute | ast.Call | ast.Subscript)
            if column_arg and short(arg) not in _SCHEMA_CONSTRUCTS:
                _add(out, short(arg))
        for kw in call.keywords:
            if kw.arg in ("type", "type_", "sa_type"):
                _add(out, short(kw.value))
            elif kw.arg == "sa_column" and isinstance(kw.value, ast.Call):
                out.extend(t for t in call_types(kw.value, style) if t not in out)
        return out
    _add(out, name)
    for kw in call.keywords:
        if kw.arg == "widget":  # CharField(widget=forms.Textarea): long free text
            widget = kw.value.func if isinstance(kw.value, ast.Call) else kw.value
            if isinstance(widget, ast.Name | ast.Attribute):
                _add(out, short(widget))
    inner = [a for a in call.args[:1] if isinstance(a, ast.Call)]
    if name in _CONTAINERS:  # fields.List(fields.Integer): the item's field class, uncalled
        for arg in call.args[:1]:
            if isinstance(arg, ast.Name | ast.Attribute):
                _add(out, short(arg))
    children = [kw.value for kw in call.keywords if kw.arg == "child"]
    inner += [c for c in children if isinstance(c, ast.Call)]
    for arg in inner:
        if literal_text(arg) is None:  # not _("label")
            _add(out, short(arg.func))
    return out


def related_of(
    module: ModuleInfo, call: ast.Call | None, style: FieldStyle, types: list[str], owner: str
) -> str | None:
    """The model, table or schema a relation field points at, as written (or resolved)."""
    if call is None:
        return None
    name = short(call.func)
    kwargs = {kw.arg: kw.value for kw in call.keywords if kw.arg}
    default = kwargs.get("default")
    if isinstance(default, ast.Call) and short(default.func) in style.user_defaults:
        return "User"
    if name in style.relations or _custom_relation(name, style):
        target = call.args[0] if call.args else None
        for keyword in style.target_keywords:
            target = target or kwargs.get(keyword)
        if isinstance(target, ast.Constant) and target.value == "self":
            return owner
        found = ref_text(module, target)
        if found:
            return found
        others = [
            t for t in types if t not in BUILTIN_TYPES and t not in _COLLECTIONS and t != name
        ]
        if others:
            return others[0]
    for arg in [*call.args, kwargs.get("sa_column")]:
        if isinstance(arg, ast.Call):
            inner = short(arg.func)
            if inner == "ForeignKey" and arg.args:
                return _table(module, arg.args[0])
            if inner in style.wrappers or inner in style.relations:
                # Column(Integer, ...), fields.List(fields.Nested(VisitorSchema))
                found = related_of(module, arg, style, types, owner)
                if found:
                    return found
    if "foreign_key" in kwargs:
        return _table(module, kwargs["foreign_key"])
    if "queryset" in kwargs:  # Customer.objects.all()
        node = kwargs["queryset"]
        while isinstance(node, ast.Call | ast.Attribute):
            node = node.func if isinstance(node, ast.Call) else node.value
        return ref_text(module, node)
    return None


def _custom_relation(name: str | None, style: FieldStyle) -> bool:
    """A project's own subclass of a relation field, named after it (shuup's
    ``UnsavedForeignKey``, a ``TenantForeignKey``)."""
    return bool(name) and any(name.endswith(r) and name != r for r in style.relations)


def _table(module: ModuleInfo, node: ast.expr) -> str | None:
    """``"customers.id"`` -> ``customers``; ``Customer.id`` -> ``Customer``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        table, dot, _column = node.value.rpartition(".")
        return table if dot else node.value
    if isinstance(node, ast.Attribute):
        return ref_text(module, node.value)
    return None


def call_metadata(call: ast.Call, style: FieldStyle) -> list[tuple[str, str]]:
    """Documentation-like literal strings a field constructor was given."""
    out: list[tuple[str, str]] = []
    if style.positional_label and call.args and short(call.func) not in style.relations:
        text = literal_text(call.args[0])
        if text is not None:
            out.append((style.positional_label, text))
    for kw in call.keywords:
        key = META_KEYS.get(kw.arg or "") or style.keyword_aliases.get(kw.arg or "")
        if key:
            text = literal_text(kw.value)
            if text is not None:
                out.append((key, text))
        elif kw.arg == "metadata" and isinstance(kw.value, ast.Dict):
            for k, v in zip(kw.value.keys, kw.value.values, strict=True):
                mkey = literal_text(k) if k is not None else None
                text = literal_text(v)
                if mkey in META_KEYS and text is not None:
                    out.append((META_KEYS[mkey], text))
    return out


# ---- class bodies -----------------------------------------------------------------------------


def class_span(node: ast.ClassDef) -> Span:
    """The ``class Name`` part of the header line (decorators excluded)."""
    start = node.col_offset + 1
    return Span(node.lineno, start, node.lineno, start + len("class ") + len(node.name))


def class_fact(module: ModuleInfo, info: ClassInfo) -> ClassFact:
    return ClassFact(
        name=info.qualname,
        symbol=module.symbol(info.qualname),
        framework=info.framework or "plain",
        bases=info.bases,
        span=class_span(info.node),
        inline=module.inline(info.node.lineno),
    )


def _is_skipped_value(value: ast.expr | None, style: FieldStyle) -> bool:
    if isinstance(value, ast.Lambda):
        return True
    if not isinstance(value, ast.Call):
        return False
    name = short(value.func)
    if name in _NOT_FIELDS or name in style.skip_calls:
        return True
    if style.skip_managers:  # objects = Manager(), CustomerQuerySet.as_manager()
        if isinstance(value.func, ast.Call) or name == "as_manager":
            return True
        return bool(name and name.endswith("Manager"))
    return False


def _constructor_call(value: ast.expr | None) -> bool:
    """A call that builds something (``StringField()``), not a translated label (``_("x")``)."""
    return isinstance(value, ast.Call) and literal_text(value) is None


def _manager_name(name: str | None) -> bool:
    return bool(name) and (name.endswith("Manager") or name.endswith("QuerySet"))


def _docstring(stmt: ast.stmt | None) -> str | None:
    if isinstance(stmt, ast.Expr):
        text = literal_text(stmt.value)
        return text.strip() if text else None
    return None


def class_fields(
    module: ModuleInfo, info: ClassInfo, style: FieldStyle, framework: str | None = None
) -> Iterator[FieldFact]:
    """One FieldFact per class-level field of ``info``'s class."""
    body = list(class_body(info.node.body))
    for index, stmt in enumerate(body):
        if isinstance(stmt, ast.AnnAssign):
            if short(stmt.annotation) == "ClassVar":
                continue
            if style.skip_managers and _manager_name(short(stmt.annotation)):
                continue  # next_messages: models.Manager["Message"], a reverse relation's hint
            targets, annotation = [stmt.target], stmt.annotation
        elif isinstance(stmt, ast.Assign) and not style.annotations_only:
            targets, annotation = stmt.targets, None
        else:
            continue
        if _is_skipped_value(stmt.value, style):
            continue
        if style.calls_only and annotation is None and not _constructor_call(stmt.value):
            continue
        doc = _docstring(body[index + 1]) if index + 1 < len(body) else None
        for target in _unpacked(targets, stmt.value, info):
            name = target.id
            if (name.startswith("__") and name.endswith("__")) or name in style.skip_names:
                continue
            if style.skip_managers and name == "objects":
                continue  # objects = wrapped_manager(CurrentSiteManager): the default manager
            yield build_field(
                module,
                name=name,
                target=target,
                stmt=stmt,
                annotation=annotation,
                value=stmt.value if target in targets else None,
                style=style,
                framework=framework or info.framework or "plain",
                owner=info.qualname,
                owner_bases=info.bases,
                doc=doc,
            )


def _unpacked(
    targets: list[ast.expr], value: ast.expr | None, info: ClassInfo
) -> Iterator[ast.Name]:
    """The names a class-level assignment binds: ``email = ...``, and in a framework's class
    ``password1, password2 = SetPasswordMixin.create_password_fields()`` (Django's own
    ``BaseUserCreationForm``), whose names are fields of unknown type."""
    for target in targets:
        if isinstance(target, ast.Name):
            yield target
        elif (
            isinstance(target, ast.Tuple)
            and isinstance(value, ast.Call)
            and info.framework is not None
        ):
            yield from (e for e in target.elts if isinstance(e, ast.Name))


def _local_bases(module: ModuleInfo) -> dict[str, tuple[str, ...]]:
    """Module-level classes of this file -> the short names of their bases."""
    found = module.cache.get("local_bases")
    if found is None:
        found = {
            node.name: tuple(b for b in (short(base) for base in node.bases) if b)
            for node in module.tree.body
            if isinstance(node, ast.ClassDef)
        }
        module.cache["local_bases"] = found
    return found


def _through_factory(module: ModuleInfo, call: ast.Call) -> ast.Call:
    """The field constructor a module-level helper returns, with the helper's arguments put in
    for its parameters: ``lead = _record_link("leads.Lead")`` where ``def _record_link(model):
    return models.ForeignKey(model, ...)`` is ``models.ForeignKey("leads.Lead", ...)``."""
    if not isinstance(call.func, ast.Name):
        return call
    factories = module.cache.get("field_factories")
    if factories is None:
        factories = module.cache["field_factories"] = _field_factories(module)
    found = factories.get(call.func.id)
    if found is None:
        return call
    params, returned = found
    given: dict[str, ast.expr] = dict(zip(params, call.args, strict=False))
    given.update({kw.arg: kw.value for kw in call.keywords if kw.arg in params})

    def put(node: ast.expr) -> ast.expr:
        return given.get(node.id, node) if isinstance(node, ast.Name) else node

    return ast.Call(
        func=returned.func,
        args=[put(a) for a in returned.args],
        keywords=[ast.keyword(arg=kw.arg, value=put(kw.value)) for kw in returned.keywords],
    )


def _through_wrapper(call: ast.Call, style: FieldStyle) -> ast.Call:
    """The field constructor a project's lower-case helper wraps, with the helper's keywords
    kept: udata's ``email = field(StringField(max_length=255), description="...")`` is a
    ``StringField(max_length=255, description="...")``. A framework's own wrappers
    (``mapped_column(String)``, ``Column(...)``) are left to the style."""
    name = short(call.func)
    inner = wrapped_call(call)
    if inner is None or name in style.wrappers or name in style.relations:
        return call
    if literal_text(inner) is not None:
        return call
    return ast.Call(func=inner.func, args=inner.args, keywords=[*inner.keywords, *call.keywords])


def _field_factories(module: ModuleInfo) -> dict[str, tuple[list[str], ast.Call]]:
    """Module-level functions whose body is one ``return <call>``: name -> (params, call)."""
    found: dict[str, tuple[list[str], ast.Call]] = {}
    for node in module.tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        body = [s for s in node.body if not (isinstance(s, ast.Expr) and _is_docstring(s))]
        if len(body) == 1 and isinstance(body[0], ast.Return):
            value = body[0].value
            name = short(value.func) if isinstance(value, ast.Call) else None
            if (
                isinstance(value, ast.Call)
                and not isinstance(value.func, ast.Call)
                and name
                and name != node.name
                and (name[0].isupper() or name in _LOWER_CONSTRUCTORS)
            ):
                params = [a.arg for a in (*node.args.posonlyargs, *node.args.args)]
                found[node.name] = (params, value)
    return found


# Field constructors spelled in lower case (others are classes: ForeignKey, Column, Field).
_LOWER_CONSTRUCTORS = frozenset({"mapped_column", "relationship", "field", "attrib", "ib"})


def _is_docstring(stmt: ast.Expr) -> bool:
    return isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)


def _add_local_bases(module: ModuleInfo, name: str | None, types: list[str]) -> None:
    """A field class the file defines itself stands for the field classes it extends: askbot's
    ``SuppressEmailField(forms.BooleanField)`` is a yes/no, never an address."""
    local = _local_bases(module)
    if name not in local:
        return
    pending = [name]
    seen = set(pending)
    while pending:
        for base in local[pending.pop()]:
            if base not in types:
                types.append(base)
            if base in local and base not in seen:
                seen.add(base)
                pending.append(base)


def build_field(
    module: ModuleInfo,
    *,
    name: str,
    target: ast.AST,
    stmt: ast.AST,
    annotation: ast.expr | None,
    value: ast.expr | None,
    style: FieldStyle,
    framework: str,
    owner: str,
    owner_bases: tuple[str, ...] = (),
    doc: str | None = None,
    kind: str = "field",
    symbol: str | None = None,
) -> FieldFact:
    """A FieldFact from a name, its annotation and its value (constructor call or default)."""
    types = annotation_types(annotation)
    metadata: list[tuple[str, str]] = []
    for call in annotated_calls(annotation):
        metadata.extend(call_metadata(call, style))
    call = value if isinstance(value, ast.Call) else None
    if call is not None:
        call = _through_wrapper(_through_factory(module, call), style)
        types.extend(t for t in call_types(call, style) if t not in types)
        metadata.extend(call_metadata(call, style))
    elif annotation is None and isinstance(value, ast.Constant) and value.value is not None:
        types.append(type(value.value).__name__)
    if call is not None:
        _add_local_bases(module, short(call.func), types)
    if doc:
        metadata.append(("doc", doc))
    first = getattr(stmt, "lineno", 1)
    last = getattr(stmt, "end_lineno", None) or first
    return FieldFact(
        name=name,
        symbol=symbol or module.symbol(owner, name),
        kind=kind,
        framework=framework,
        span=span_of(target),
        owner=owner,
        owner_bases=owner_bases,
        types=tuple(types),
        related=related_of(module, call, style, types, owner),
        metadata=tuple(dict.fromkeys(metadata)),
        inline=module.inline(first, last) if first != last else module.inline(first),
    )


# Metadata key of a field taken from a model by name (``Meta.fields``): the model's class name,
# for the project pass that lends it the model field's types (privlint.analysis.meta_models).
META_MODEL = "meta_model"


# marshmallow-sqlalchemy's schemas that take every column of Meta.model unless Meta says which.
_AUTO_BASES = frozenset({"SQLAlchemyAutoSchema", "ModelSchema", "SQLAlchemyModelSchema"})


# Bases that take no fields from a model, whatever their Meta says.
_PLAIN_BASES = frozenset(
    {"rest_framework.serializers.Serializer", "django.forms.Form", "django.forms.forms.Form"}
)


def meta_fields(
    module: ModuleInfo, info: ClassInfo, style: FieldStyle, model_style: FieldStyle | None
) -> Iterator[FieldFact]:
    """The fields a ModelSerializer or ModelForm takes from its model by name: ``class Meta:
    model = User; fields = ("username", "email")``. Each is a field of the class, at the string
    that names it (or at the ``fields`` line, for names another class's ``Meta.fields`` adds:
    ``fields = PickerSerializer.Meta.fields + ("email",)``, ``class Meta(Picker.Meta)``); a
    model class of the same file lends the field its types and relation. Names the class body
    declares itself, and ``"__all__"``, are left out; a plain Serializer or Form ignores Meta."""
    if _PLAIN_BASES.intersection(info.bases):
        return
    values = _meta_values(module, info.node, 0)
    listed = values.get("fields")
    if "model" not in values:
        return
    declared = {
        t.id
        for stmt in info.node.body
        if isinstance(stmt, ast.Assign | ast.AnnAssign)
        for t in (stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target])
        if isinstance(t, ast.Name)
    }
    model_name = short(values["model"]) or ""
    every = isinstance(listed, ast.Constant) and listed.value == "__all__"
    auto = listed is None and bool(_AUTO_BASES.intersection(short(b) for b in info.node.bases))
    if every or auto or (listed is None and "exclude" in values):
        yield _every_field(module, info, values, declared, model_name)
        return
    if listed is None:
        return
    model = _local_model_fields(module, model_name) if model_style is not None else {}
    for name, node in _listed_names(module, listed, listed, 0):
        if not name.isidentifier() or name in declared:
            continue
        declared.add(name)
        value = model.get(name)
        fact = build_field(
            module,
            name=name,
            target=node,
            stmt=node,
            annotation=None,
            value=value,
            style=model_style if value is not None and model_style is not None else style,
            framework=info.framework or "plain",
            owner=info.qualname,
            owner_bases=info.bases,
        )
        yield replace(fact, metadata=(*fact.metadata, (META_MODEL, model_name)))


_MAX_META_DEPTH = 4

# Kind of the placeholder for ``fields = "__all__"`` or ``exclude = [...]``: the project pass
# (privlint.analysis.meta_models) replaces it with the model's fields, which only it can see.
EVERY_MODEL_FIELD = "model_fields"
META_EXCLUDE = "meta_exclude"


def _every_field(
    module: ModuleInfo,
    info: ClassInfo,
    values: dict[str, ast.expr],
    declared: set[str],
    model_name: str,
) -> FieldFact:
    """The placeholder for every field of the model but those excluded or declared."""
    where = values.get("fields") or values.get("exclude") or values["model"]
    skipped = set(declared)
    excluded = values.get("exclude")
    if excluded is not None:
        skipped.update(name for name, _ in _listed_names(module, excluded, excluded, 0))
    return FieldFact(
        name="__all__",
        symbol=module.symbol(info.qualname, "__all__"),
        kind=EVERY_MODEL_FIELD,
        framework=info.framework or "plain",
        span=span_of(where),
        owner=info.qualname,
        owner_bases=info.bases,
        metadata=((META_MODEL, model_name), (META_EXCLUDE, ",".join(sorted(skipped)))),
    )


def _local_class(module: ModuleInfo, name: str | None) -> ast.ClassDef | None:
    return next((i.node for i in classes(module) if name and i.qualname == name), None)


def _meta_values(module: ModuleInfo, node: ast.ClassDef, depth: int) -> dict[str, ast.expr]:
    """``model`` and ``fields`` of the class's ``Meta``, or of the local ``X.Meta`` it extends.
    Lists assigned in both branches of an ``if`` or extended with ``+=`` are joined."""
    meta = next((n for n in node.body if isinstance(n, ast.ClassDef) and n.name == "Meta"), None)
    if meta is None:
        return {}
    values: dict[str, ast.expr] = {}
    for stmt in class_body(meta.body):  # also under ``if settings.USER_API:``
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target, value = stmt.targets[0], stmt.value
        elif isinstance(stmt, ast.AugAssign) and isinstance(stmt.op, ast.Add):
            target, value = stmt.target, stmt.value  # fields += ("username", ...)
        else:
            continue
        if isinstance(target, ast.Name) and target.id in ("model", "fields", "exclude"):
            earlier = values.get(target.id)
            if target.id == "fields" and earlier is not None:
                # both branches of an if, or a list extended: the form may hold any of them
                value = _joined(earlier, value)
            values[target.id] = value
    for base in meta.bases:  # class Meta(PickerSerializer.Meta)
        if depth >= _MAX_META_DEPTH or not isinstance(base, ast.Attribute):
            continue
        if (module.qualify(base.value) or "") in _DJANGO_USER_FORMS:
            # class Meta(UserCreationForm.Meta): Django's sign-up and user forms edit its User
            values.setdefault("model", ast.Name(id="User", ctx=ast.Load()))
            continue
        parent = _local_class(module, short(base.value))
        if parent is not None and parent is not node:
            for key, value in _meta_values(module, parent, depth + 1).items():
                values.setdefault(key, value)
    return values


# Django's forms whose Meta.model is its User model (a project's Meta extends their Meta).
_DJANGO_USER_FORMS = frozenset(
    f"django.contrib.auth.forms.{name}"
    for name in ("UserCreationForm", "BaseUserCreationForm", "UserChangeForm")
)

_JOINED = "privlint_joined"


def _joined(earlier: ast.expr, later: ast.expr) -> ast.expr:
    """The two ``fields`` lists of one ``Meta`` as one ``earlier + later`` (each name still
    reported at its own string)."""
    node = ast.BinOp(left=earlier, op=ast.Add(), right=later)
    ast.copy_location(node, earlier)
    setattr(node, _JOINED, True)
    return node


def _listed_names(
    module: ModuleInfo, expr: ast.expr, at: ast.expr, depth: int
) -> Iterator[tuple[str, ast.expr]]:
    """(name, node to report it at) for each string a ``fields`` expression lists: a list or
    tuple, ``A + B``, ``*X.Meta.fields`` and ``X.Meta.fields`` of a class of this file."""
    if depth > _MAX_META_DEPTH:
        return
    if isinstance(expr, ast.List | ast.Tuple):
        for element in expr.elts:
            if isinstance(element, ast.Constant) and isinstance(element.value, str):
                yield element.value, element if at is expr else at
            elif isinstance(element, ast.Starred):
                yield from _listed_names(module, element.value, at, depth + 1)
    elif isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
        own = at is expr and getattr(expr, _JOINED, False)  # each list at its own strings
        yield from _listed_names(module, expr.left, expr.left if own else at, depth + 1)
        yield from _listed_names(module, expr.right, expr.right if own else at, depth + 1)
    elif (
        isinstance(expr, ast.Attribute)
        and expr.attr == "fields"
        and isinstance(expr.value, ast.Attribute)
        and expr.value.attr == "Meta"
    ):
        parent = _local_class(module, short(expr.value.value))
        listed = _meta_values(module, parent, depth + 1).get("fields") if parent else None
        if listed is not None:
            yield from _listed_names(module, listed, at, depth + 1)


def _local_model_fields(module: ModuleInfo, model: str | None) -> dict[str, ast.Call]:
    """Field name -> constructor call of the class ``model`` defined in this file."""
    for info in classes(module):
        if model and info.qualname == model:
            return {
                t.id: stmt.value
                for stmt in class_body(info.node.body)
                if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call)
                for t in stmt.targets
                if isinstance(t, ast.Name)
            }
    return {}


class ClassExtractor:
    """Base of the per-framework class extractors: a ClassFact and FieldFacts per class."""

    name: str = ""
    frameworks: tuple[str, ...] = ()
    style: FieldStyle = FieldStyle()

    def extract(self, module: ModuleInfo) -> Iterable[Fact]:
        for info in classes(module):
            if info.framework in self.frameworks:
                yield class_fact(module, info)
                yield from class_fields(module, info, self.style_for(info))

    def style_for(self, info: ClassInfo) -> FieldStyle:
        return self.style

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


# ---- functional forms: X = TypedDict("X", {...}), namedtuple("X", "a b"), create_model(...) ----


def assigned_calls(
    module: ModuleInfo, qualified: frozenset[str]
) -> Iterator[tuple[str, ast.Call, ast.stmt]]:
    """(target name, call, statement) for module-level ``NAME = <one of qualified>(...)``."""
    from privlint.analysis.extractors._recognise import module_statements

    for stmt in module_statements(module.tree.body):
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target, value = stmt.targets[0], stmt.value
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
            target, value = stmt.target, stmt.value
        else:
            continue
        if (
            isinstance(target, ast.Name)
            and isinstance(value, ast.Call)
            and (module.qualify(value.func) or "") in qualified
        ):
            yield target.id, value, stmt


def functional_class(
    module: ModuleInfo, name: str, stmt: ast.stmt, framework: str, base: str
) -> ClassFact:
    """The ClassFact of a class made by a call (``Customer = TypedDict("Customer", ...)``)."""
    target = stmt.targets[0] if isinstance(stmt, ast.Assign) else stmt.target  # type: ignore[attr-defined]
    return ClassFact(
        name=name,
        symbol=module.symbol(name),
        framework=framework,
        bases=(base,),
        span=span_of(target),
        inline=module.inline(stmt.lineno),
    )


# ---- fields a form or serializer adds when it is built: self.fields["email"] = EmailField() -----


def added_fields(
    module: ModuleInfo, info: ClassInfo, style: FieldStyle, known: set[str]
) -> Iterator[FieldFact]:
    """Fields a Django form or DRF serializer adds in one of its methods (usually ``__init__``):
    ``self.fields["username"] = forms.CharField(...)`` is a field of the class as much as a
    class-level declaration is, and holds what is entered into it. Names in ``known`` (declared
    in the class body or its ``Meta.fields``) are left out; a later assignment to one of them
    only redefines it."""
    seen = set(known)
    for method in info.node.body:
        if not isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(method):
            if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Call):
                continue
            for target in node.targets:
                name = _self_fields_key(target)
                if name is None or name in seen or not name.isidentifier():
                    continue
                seen.add(name)
                yield build_field(
                    module,
                    name=name,
                    target=target.slice if isinstance(target, ast.Subscript) else target,
                    stmt=node,
                    annotation=None,
                    value=node.value,
                    style=style,
                    framework=info.framework or "plain",
                    owner=info.qualname,
                    owner_bases=info.bases,
                )


def _self_fields_key(target: ast.expr) -> str | None:
    """``"email"`` of ``self.fields["email"]``."""
    if not isinstance(target, ast.Subscript):
        return None
    holder = target.value
    if not (
        isinstance(holder, ast.Attribute)
        and holder.attr == "fields"
        and isinstance(holder.value, ast.Name)
        and holder.value.id == "self"
    ):
        return None
    key = target.slice
    return key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else None


def with_added_fields(
    module: ModuleInfo, extractor: ClassExtractor, model_style: FieldStyle
) -> list[Fact]:
    """A form or serializer extractor's facts: its classes' declared fields, their
    ``Meta.fields``, then the fields their methods add to ``self.fields``."""
    out: list[Fact] = list(ClassExtractor.extract(extractor, module))
    mine = [info for info in classes(module) if info.framework in extractor.frameworks]
    for info in mine:
        out.extend(meta_fields(module, info, extractor.style, model_style))
    known: dict[str, set[str]] = {}
    for fact in out:
        if isinstance(fact, FieldFact):
            known.setdefault(fact.owner, set()).add(fact.name)
    for info in mine:
        out.extend(added_fields(module, info, extractor.style, known.get(info.qualname, set())))
    return out
