"""Django models (``models.Model`` and abstract bases) and Django forms / ModelForms."""

from __future__ import annotations

from collections.abc import Iterable

from privlint.analysis.extractors._common import ClassExtractor, FieldStyle, meta_fields
from privlint.analysis.extractors._recognise import classes
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
    """Declared form fields, and a ModelForm's ``Meta.fields``: the model's fields it edits."""

    name = "django_form"
    frameworks = ("django_form",)
    style = FieldStyle(relations=frozenset({"ModelChoiceField", "ModelMultipleChoiceField"}))

    def extract(self, module: ModuleInfo) -> Iterable[Fact]:
        yield from super().extract(module)
        for info in classes(module):
            if info.framework in self.frameworks:
                yield from meta_fields(module, info, self.style, MODEL_STYLE)
