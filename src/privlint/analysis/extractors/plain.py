"""Plain classes: class-level annotations in a class no other extractor claimed, and field
constructors in a class whose base comes from elsewhere in the project, or in a mixin with no
base that builds its fields with a framework's constructors."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable

from privlint.analysis.extractors._common import FieldStyle, class_fact, class_fields
from privlint.analysis.extractors._recognise import (
    ClassInfo,
    classes,
    from_known_package,
    short,
    wrapped_call,
)
from privlint.analysis.module import Fact, ModuleInfo
from privlint.facts import FieldFact

_STYLE = FieldStyle(annotations_only=True)
# A project's own form, schema or mixin builds its relations with a framework's constructors.
_ASSIGNED = FieldStyle(
    relations=frozenset(
        {
            "ForeignKey",
            "OneToOneField",
            "ManyToManyField",
            "ForeignKeyField",
            "ReferenceField",
            "LazyReferenceField",
            "EmbeddedDocumentField",
        }
    )
)
# A constructor named like a field (``inputs.EmailField()``, ``PrincipalListField()``, colander's
# ``SchemaNode(colander.String())``).
_FIELD_CALL = re.compile(r"(Field|ForeignKey|SchemaNode)$")


class PlainExtractor:
    """Only classes with at least one annotated field, so exception classes stay quiet.

    A class that derives from a base privlint cannot place (allauth's ``inputs.Input``, a
    project's own ``IndicoForm``, both defined in another module) and assigns field
    constructors is a form, schema or model of that project: those assignments are its
    fields. So are those of a mixin with no base at all whose constructors come from a
    framework privlint knows (byro's ``class Auditable:`` with ``models.ForeignKey(...)``).
    Without field constructors nothing is read.
    """

    name = "plain"

    def extract(self, module: ModuleInfo) -> Iterable[Fact]:
        for info in classes(module):
            if info.framework is None:
                fields = list(class_fields(module, info, _STYLE, "plain"))
                if not fields and (_project_bases(info.bases) or _framework_mixin(module, info)):
                    assigned = class_fields(module, info, _ASSIGNED, "plain")
                    fields = [f for f in assigned if _constructed(f)]
                if fields:
                    yield class_fact(module, info)
                    yield from fields


def _project_bases(bases: tuple[str, ...]) -> bool:
    """Bases, none of them from a package privlint knows (a Django ``Func``, an ``Exception``)."""
    return bool(bases) and not any(from_known_package(b) for b in bases)


def _framework_mixin(module: ModuleInfo, info: ClassInfo) -> bool:
    """A class with no base (or only ``object``) that assigns a framework's field constructor
    (``models.ForeignKey(...)`` imported from ``django.db``), also through a project's wrapper
    (udata's ``class Owned(object):`` with ``owner = field(ReferenceField(User))``)."""
    if any(short(base) != "object" for base in info.node.bases):
        return False
    for stmt in info.node.body:
        value = stmt.value if isinstance(stmt, ast.Assign | ast.AnnAssign) else None
        if isinstance(value, ast.Call):
            inner = wrapped_call(value)  # owner = field(ReferenceField(User), ...)
            qualified = module.qualify((inner or value).func) or ""
            if from_known_package(qualified) and _FIELD_CALL.search(qualified):
                return True
    return False


def _constructed(fact: FieldFact) -> bool:
    return bool(fact.types) and bool(_FIELD_CALL.search(fact.types[0]))
