"""Django models (``models.Model`` and abstract bases) and Django forms / ModelForms."""

from __future__ import annotations

from collections.abc import Iterable

from privlint.analysis.extractors._common import ClassExtractor, FieldStyle, with_added_fields
from privlint.analysis.module import Fact, ModuleInfo

_RELATIONS = frozenset(
    {
        "ForeignKey",
        "OneToOneField",
        "ManyToManyField",
        "ForeignObject",
        "ParentalKey",
        "ParentalManyToManyField",
        "TreeForeignKey",
        "TreeOneToOneField",
        "GenericRelation",
    }
)


MODEL_STYLE = FieldStyle(relations=_RELATIONS, positional_label="verbose_name", skip_managers=True)


class DjangoModelExtractor(ClassExtractor):
    """Model fields; a first positional string is the field's verbose_name."""

    name = "django"
    frameworks = ("django",)
    style = MODEL_STYLE


class DjangoFormExtractor(ClassExtractor):
    """Declared form fields, a ModelForm's ``Meta.fields`` (the model's fields it edits) and the
    fields ``__init__`` adds to ``self.fields``."""

    name = "django_form"
    frameworks = ("django_form",)
    style = FieldStyle(relations=frozenset({"ModelChoiceField", "ModelMultipleChoiceField"}))

    def extract(self, module: ModuleInfo) -> Iterable[Fact]:
        return with_added_fields(module, self, MODEL_STYLE)
