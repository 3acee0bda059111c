"""Which framework a class belongs to: bases, decorators, local inheritance, then heuristics.

Computed once per module (cached on ``ModuleInfo.cache``) in one pass over ``tree.body`` and
class bodies, so every framework extractor just filters the same index.

Order of evidence, strongest first:
1. a base resolved through imports to a known framework class (``models.Model``), or a local
   class / ``declarative_base()`` result / ``db.Model`` of a local ``SQLAlchemy()`` instance;
2. a class decorator (``@dataclass``, ``@attr.s``, ``@define``, ``@registry.mapped``);
3. for a class whose base is defined in another file: the field constructors in its body
   (``models.CharField`` means Django), then the base's name (``Base`` means SQLAlchemy).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass

from privlint.analysis.module import ModuleInfo

# Exact qualified base names -> framework.
_EXACT: dict[str, str] = {
    "sqlmodel.SQLModel": "sqlmodel",
    "sqlmodel.main.SQLModel": "sqlmodel",
    "pydantic_settings.BaseSettings": "pydantic_settings",
    "pydantic_settings.main.BaseSettings": "pydantic_settings",
    "pydantic.BaseSettings": "pydantic_settings",
    "pydantic.env_settings.BaseSettings": "pydantic_settings",
    "pydantic.v1.BaseSettings": "pydantic_settings",
    "pydantic.BaseModel": "pydantic",
    "pydantic.main.BaseModel": "pydantic",
    "pydantic.v1.BaseModel": "pydantic",
    "pydantic.v1.main.BaseModel": "pydantic",
    "pydantic.RootModel": "pydantic",
    "pydantic.root_model.RootModel": "pydantic",
    "pydantic.generics.GenericModel": "pydantic",
    "typing.TypedDict": "typeddict",
    "typing_extensions.TypedDict": "typeddict",
    "mypy_extensions.TypedDict": "typeddict",
    "typing.NamedTuple": "namedtuple",
    "typing_extensions.NamedTuple": "namedtuple",
    "sqlalchemy.orm.DeclarativeBase": "sqlalchemy",
    "sqlalchemy.orm.DeclarativeBaseNoMeta": "sqlalchemy",
    "sqlalchemy.orm.decl_api.DeclarativeBase": "sqlalchemy",
    "sqlalchemy.orm.MappedAsDataclass": "sqlalchemy",
    "flask_sqlalchemy.model.Model": "sqlalchemy",
    "django.contrib.auth.models.AbstractUser": "django",
    "django.contrib.auth.models.AbstractBaseUser": "django",
    "django.contrib.auth.base_user.AbstractBaseUser": "django",
    "django.contrib.auth.models.PermissionsMixin": "django",
    "django.contrib.auth.models.User": "django",
    "django.contrib.auth.models.Group": "django",
    "django.contrib.sessions.base_session.AbstractBaseSession": "django",
    "peewee.Model": "peewee",
    "playhouse.signals.Model": "peewee",
    "playhouse.flask_utils.FlaskDB.Model": "peewee",
    # MongoEngine documents (also through flask-mongoengine and django-mongoengine)
    "mongoengine.Document": "mongoengine",
    "mongoengine.DynamicDocument": "mongoengine",
    "mongoengine.EmbeddedDocument": "mongoengine",
    "mongoengine.DynamicEmbeddedDocument": "mongoengine",
    "mongoengine.document.Document": "mongoengine",
    "mongoengine.document.DynamicDocument": "mongoengine",
    "mongoengine.document.EmbeddedDocument": "mongoengine",
    "mongoengine.document.DynamicEmbeddedDocument": "mongoengine",
    "flask_mongoengine.Document": "mongoengine",
    "flask_mongoengine.DynamicDocument": "mongoengine",
    "django_mongoengine.Document": "mongoengine",
    "django_mongoengine.EmbeddedDocument": "mongoengine",
    # Odoo models (and wizards)
    "odoo.models.Model": "odoo",
    "odoo.models.AbstractModel": "odoo",
    "odoo.models.TransientModel": "odoo",
    # Tortoise ORM, ormar and Piccolo models
    "tortoise.models.Model": "tortoise",
    "tortoise.Model": "tortoise",
    "ormar.Model": "ormar",
    "ormar.models.Model": "ormar",
    "piccolo.table.Table": "piccolo",
    # Beanie documents and ODMantic models are pydantic models stored in MongoDB
    "beanie.Document": "pydantic",
    "beanie.odm.documents.Document": "pydantic",
    "beanie.View": "pydantic",
    "odmantic.Model": "pydantic",
    "odmantic.EmbeddedModel": "pydantic",
    "odmantic.model.Model": "pydantic",
    "odmantic.model.EmbeddedModel": "pydantic",
}

# (framework, module prefix, class-name suffix): e.g. anything ``django.forms.*Form``.
_PATTERNS: tuple[tuple[str, str, str], ...] = (
    ("django_form", "django.", "Form"),
    ("django", "django.db.models.", "Model"),
    ("django", "django.contrib.gis.db.models.", "Model"),
    ("drf", "rest_framework.", "Serializer"),
    ("drf", "rest_framework_gis.", "Serializer"),
    ("marshmallow", "marshmallow.", "Schema"),
    ("marshmallow", "marshmallow_sqlalchemy.", "Schema"),
    ("marshmallow", "flask_marshmallow.", "Schema"),
    ("wtforms", "wtforms.", "Form"),
    ("wtforms", "flask_wtf.", "Form"),
    # GraphQL: graphene's object, input and interface types and mutations, graphene-django's
    ("graphene", "graphene.", "ObjectType"),
    ("graphene", "graphene.", "Interface"),
    ("graphene", "graphene.", "Mutation"),
    ("graphene", "graphene_django.", "ObjectType"),
)

_DECORATORS: dict[str, str] = {
    "dataclasses.dataclass": "dataclass",
    "pydantic.dataclasses.dataclass": "dataclass",
    "attr.s": "attrs",
    "attr.attrs": "attrs",
    "attr.define": "attrs",
    "attr.frozen": "attrs",
    "attr.mutable": "attrs",
    "attr.dataclass": "attrs",
    "attrs.define": "attrs",
    "attrs.frozen": "attrs",
    "attrs.mutable": "attrs",
    "strawberry.type": "strawberry",
    "strawberry.input": "strawberry",
    "strawberry.interface": "strawberry",
    "strawberry.django.type": "strawberry",
    "strawberry.django.input": "strawberry",
    "strawberry_django.type": "strawberry",
    "strawberry_django.input": "strawberry",
    "sqlalchemy.orm.as_declarative": "sqlalchemy",
    "sqlalchemy.ext.declarative.as_declarative": "sqlalchemy",
}

# Module-level factories whose result is a declarative base or an extension instance.
_FACTORIES: dict[str, str] = {
    "sqlalchemy.orm.declarative_base": "sqlalchemy",
    "sqlalchemy.ext.declarative.declarative_base": "sqlalchemy",
    "sqlalchemy.orm.decl_api.declarative_base": "sqlalchemy",
    "flask_sqlalchemy.SQLAlchemy": "flask_sqlalchemy",
    "flask_marshmallow.Marshmallow": "flask_marshmallow",
    "sqlalchemy.orm.registry": "sa_registry",
    "flask_mongoengine.MongoEngine": "mongoengine_db",
    "pony.orm.Database": "pony_db",
    "pony.orm.core.Database": "pony_db",
}

# Field constructors (qualified prefix) that betray the framework of a cross-file base.
_FIELD_EVIDENCE: tuple[tuple[str, str], ...] = (
    ("django.db.models.", "django"),
    ("django.contrib.gis.db.models.", "django"),
    ("django.forms.", "django_form"),
    ("rest_framework.", "drf"),
    ("marshmallow.fields.", "marshmallow"),
    ("wtforms.", "wtforms"),
    ("sqlmodel.", "sqlmodel"),
    ("sqlalchemy.", "sqlalchemy"),
    ("attr.", "attrs"),
    ("attrs.", "attrs"),
    ("pydantic.", "pydantic"),
    ("peewee.", "peewee"),
    ("playhouse.", "peewee"),
    ("mongoengine.", "mongoengine"),
    ("flask_mongoengine.", "mongoengine"),
    ("tortoise.fields", "tortoise"),
    ("ormar.", "ormar"),
    ("piccolo.columns", "piccolo"),
    ("odoo.fields.", "odoo"),
)

# Bases that say nothing about a framework: a class with only these is "plain".
_NEUTRAL = {"object", "Exception", "BaseException", "ValueError", "dict", "list", "str", "int"}
# Packages whose classes are known: a base from one of them that the tables above do not list
# (``django.db.models.Func``, ``typing.Protocol``) is not a model, so no heuristic applies.
_KNOWN_ROOTS = frozenset(
    {
        "django",
        "rest_framework",
        "sqlalchemy",
        "flask_sqlalchemy",
        "sqlmodel",
        "pydantic",
        "pydantic_settings",
        "marshmallow",
        "marshmallow_sqlalchemy",
        "flask_marshmallow",
        "wtforms",
        "flask_wtf",
        "attr",
        "attrs",
        "typing",
        "typing_extensions",
        "abc",
        "enum",
        "collections",
        "builtins",
        "dataclasses",
        "peewee",
        "playhouse",
        "mongoengine",
        "flask_mongoengine",
        "django_mongoengine",
        "tortoise",
        "ormar",
        "piccolo",
        "pony",
        "beanie",
        "odmantic",
        "odoo",
    }
)

# Document classes a flask-mongoengine ``db = MongoEngine()`` instance carries (``db.Document``),
# and the names a project gives its own document base in another module.
_MONGO_DOCUMENTS = frozenset(
    {"Document", "DynamicDocument", "EmbeddedDocument", "DynamicEmbeddedDocument"}
)

_REGISTRY_DECORATORS = frozenset({"mapped", "mapped_as_dataclass"})
SKIPPED_NESTED = frozenset({"Meta", "Config", "Media"})


@dataclass(frozen=True)
class ClassInfo:
    """A class of the module, with the framework it was recognised as (None: plain)."""

    node: ast.ClassDef
    qualname: str
    framework: str | None
    bases: tuple[str, ...]
    evidence: str


def classes(module: ModuleInfo) -> tuple[ClassInfo, ...]:
    """Every class at module level (and nested in classes), recognised once per module."""
    cached = module.cache.get("classes")
    if cached is None:
        cached = module.cache["classes"] = tuple(_Recogniser(module).run())
    return cached


def module_statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Module-level statements, including those under ``if``/``try``/``with`` blocks."""
    for node in body:
        if isinstance(node, ast.If | ast.Try | ast.With):
            yield from module_statements(node.body)
            yield from module_statements(getattr(node, "orelse", []))
            for handler in getattr(node, "handlers", []):
                yield from module_statements(handler.body)
            yield from module_statements(getattr(node, "finalbody", []))
        else:
            yield node


def short(node: ast.expr) -> str | None:
    """The last name of ``a.b.C`` / ``C`` / ``C(...)`` / ``C[...]``."""
    while isinstance(node, ast.Call | ast.Subscript):
        node = node.func if isinstance(node, ast.Call) else node.value
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return None


def wrapped_call(call: ast.Call) -> ast.Call | None:
    """The constructor call a project's lower-case helper wraps as its first argument: udata's
    ``field(StringField(max_length=255), description=...)`` wraps ``StringField(...)``."""
    name = short(call.func)
    inner = call.args[0] if call.args else None
    if not name or not name[0].islower() or not isinstance(inner, ast.Call):
        return None
    inner_name = short(inner.func)
    return inner if inner_name and inner_name[0].isupper() else None


def from_known_package(qualified: str) -> bool:
    """The base comes from a package whose classes privlint knows (``django.db.models.Func``)."""
    return qualified.split(".", 1)[0] in _KNOWN_ROOTS or qualified in _NEUTRAL


def known_base(qualified: str) -> str | None:
    """The framework of a base class given by its qualified name, from the tables only."""
    found = _EXACT.get(qualified)
    if found:
        return found
    last = qualified.rpartition(".")[2]
    for framework, prefix, suffix in _PATTERNS:
        if qualified.startswith(prefix) and last.endswith(suffix):
            return framework
    return None


def _heuristic_base(qualified: str) -> str | None:
    """A base defined elsewhere in the project, judged by its conventional name.

    ``db.Model`` is Flask-SQLAlchemy's; ``Base`` the usual ``declarative_base()`` result;
    ``db.Document`` flask-mongoengine's and ``db.Entity`` Pony's;
    ``BaseModel``/``BaseSettings``/``SQLModel`` the pydantic family re-exported; a name ending
    in ``Serializer`` is DRF's; ``...Model`` from a ``models`` module is a Django abstract base.
    """
    parts = qualified.split(".")
    last = parts[-1]
    if parts[-2:] == ["db", "Model"]:
        return "sqlalchemy"
    if parts[-2:-1] == ["db"] and last in _MONGO_DOCUMENTS:
        return "mongoengine"  # flask-mongoengine's db imported from the project's own module
    if parts[-2:] == ["db", "Entity"]:
        return "pony"
    if last == "SQLModel":
        return "sqlmodel"
    if last == "BaseSettings":
        return "pydantic_settings"
    if last == "BaseModel":
        return "pydantic"
    if last == "Base" or last.endswith("DeclarativeBase"):
        return "sqlalchemy"
    if last.endswith("Serializer"):
        return "drf"
    if last.endswith("Model") and "models" in parts[:-1]:
        return "django"
    return None


class _Recogniser:
    def __init__(self, module: ModuleInfo) -> None:
        self.module = module
        self.local: dict[str, str | None] = {}  # local class / base name -> framework
        self.instances: dict[str, str] = {}  # db = SQLAlchemy() -> "flask_sqlalchemy"

    def run(self) -> Iterator[ClassInfo]:
        for node in module_statements(self.module.tree.body):
            if isinstance(node, ast.ClassDef):
                yield from self._class(node, "")
            elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                self._assignment(node)

    def _assignment(self, node: ast.Assign | ast.AnnAssign) -> None:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        value = node.value
        if not isinstance(value, ast.Call):
            return
        kind = _FACTORIES.get(self.module.qualify(value.func) or "")
        func = value.func
        if kind is None and isinstance(func, ast.Attribute) and func.attr == "generate_base":
            kind = "sqlalchemy"  # registry().generate_base()
        for target in targets:
            if isinstance(target, ast.Name) and kind:
                if kind == "sqlalchemy":
                    self.local[target.id] = "sqlalchemy"
                else:
                    self.instances[target.id] = kind

    def _class(self, node: ast.ClassDef, prefix: str) -> Iterator[ClassInfo]:
        qualname = f"{prefix}{node.name}"
        bases = tuple(self._base_name(b) for b in node.bases)
        framework, evidence = self._from_bases(node)
        unresolved = evidence == "unresolved"
        if framework is None:
            framework, evidence = self._from_decorators(node)
        if framework is None and unresolved:
            framework, evidence = self._from_heuristics(node)
        if not prefix:
            self.local[node.name] = framework
        yield ClassInfo(node, qualname, framework, tuple(b for b in bases if b), evidence)
        for child in _class_body(node.body):
            if isinstance(child, ast.ClassDef) and child.name not in SKIPPED_NESTED:
                yield from self._class(child, f"{qualname}.")

    def _base_name(self, node: ast.expr) -> str:
        if isinstance(node, ast.Subscript):
            node = node.value
        if isinstance(node, ast.Name) and node.id in self.local:
            return self.module.symbol(node.id)
        if isinstance(node, ast.Call):
            name = self.module.qualify(node.func)
            return f"{name}()" if name else ""
        return self.module.qualify(node) or ""

    def _from_bases(self, node: ast.ClassDef) -> tuple[str | None, str]:
        unresolved = False
        for base in node.bases:
            if isinstance(base, ast.Subscript):
                base = base.value
            if isinstance(base, ast.Name) and base.id in self.local:
                found = self.local[base.id]
                if found:
                    return found, "local base"
                continue
            if isinstance(base, ast.Attribute) and isinstance(base.value, ast.Name):
                kind = self.instances.get(base.value.id)
                if kind == "flask_sqlalchemy" and base.attr == "Model":
                    return "sqlalchemy", "db.Model"
                if kind == "flask_marshmallow" and base.attr.endswith("Schema"):
                    return "marshmallow", "Marshmallow() schema"
                if kind == "mongoengine_db" and base.attr in _MONGO_DOCUMENTS:
                    return "mongoengine", "MongoEngine() document"
                if kind == "pony_db" and base.attr == "Entity":
                    return "pony", "Database().Entity"
            if isinstance(base, ast.Call):
                qualified = self.module.qualify(base.func) or ""
                if _FACTORIES.get(qualified) == "sqlalchemy":
                    return "sqlalchemy", "declarative_base()"
                continue
            qualified = self.module.qualify(base)
            if qualified is None or _root(base) in self.local:  # an attribute of a local class
                continue
            found = known_base(qualified)
            if found:
                return found, "base"
            if qualified not in _NEUTRAL and qualified.partition(".")[0] not in _KNOWN_ROOTS:
                unresolved = True
        return None, "unresolved" if unresolved else "none"

    def _from_decorators(self, node: ast.ClassDef) -> tuple[str | None, str]:
        for decorator in node.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            qualified = self.module.qualify(target) or ""
            found = _DECORATORS.get(qualified)
            if found:
                return found, "decorator"
            if isinstance(target, ast.Attribute) and target.attr in _REGISTRY_DECORATORS:
                return "sqlalchemy", "decorator"  # @mapper_registry.mapped
            if qualified.rpartition(".")[2] == "dataclass":  # re-exported from a compat module
                return "dataclass", "decorator name"
        return None, "none"

    def _from_heuristics(self, node: ast.ClassDef) -> tuple[str | None, str]:
        for stmt in _class_body(node.body):
            found = self._field_evidence(stmt)
            if found:
                return found, "field constructors"
        for base in node.bases:
            qualified = self.module.qualify(base.value if isinstance(base, ast.Subscript) else base)
            found = _heuristic_base(qualified or "")
            if found:
                return found, "base name"
        return None, "unresolved"

    def _field_evidence(self, stmt: ast.stmt) -> str | None:
        if isinstance(stmt, ast.AnnAssign) and short(stmt.annotation) == "Mapped":
            return "sqlalchemy"
        value = getattr(stmt, "value", None)
        if not isinstance(stmt, ast.Assign | ast.AnnAssign) or not isinstance(value, ast.Call):
            return None
        func = value.func
        inner = wrapped_call(value)
        if inner is not None:
            func = inner.func  # field(StringField(...)): a project's wrapper of a constructor
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            instance = self.instances.get(func.value.id)
            if instance == "flask_sqlalchemy":
                return "sqlalchemy"
            if instance == "mongoengine_db":
                return "mongoengine"
        qualified = self.module.qualify(func) or ""
        if qualified.endswith(".db.Column"):
            return "sqlalchemy"
        for prefix, framework in _FIELD_EVIDENCE:
            if qualified.startswith(prefix):
                return framework
        return None


def _root(node: ast.expr) -> str | None:
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _class_body(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Class-level statements, looking inside ``if TYPE_CHECKING:`` style blocks."""
    for stmt in body:
        if isinstance(stmt, ast.If):
            yield from _class_body(stmt.body)
            yield from _class_body(stmt.orelse)
        else:
            yield stmt


class_body = _class_body
