"""Django models (``models.Model`` and abstract bases) and Django forms / ModelForms."""

from __future__ import annotations

from privlint.analysis.extractors._common import ClassExtractor, FieldStyle

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


class DjangoModelExtractor(ClassExtractor):
    """Model fields; a first positional string is the field's verbose_name."""

    name = "django"
    frameworks = ("django",)
    style = FieldStyle(
        relations=_RELATIONS,
        positional_label="verbose_name",
        skip_managers=True,
    )


class DjangoFormExtractor(ClassExtractor):
    """Explicitly declared form fields (a ModelForm's ``Meta.fields`` are the model's)."""

    name = "django_form"
    frameworks = ("django_form",)
    style = FieldStyle(relations=frozenset({"ModelChoiceField", "ModelMultipleChoiceField"}))
