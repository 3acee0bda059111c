"""Django REST framework serializers (``serializers.Serializer`` / ``ModelSerializer``)."""

from __future__ import annotations

from collections.abc import Iterable

from privlint.analysis.extractors._common import ClassExtractor, FieldStyle, with_added_fields
from privlint.analysis.extractors.django import MODEL_STYLE
from privlint.analysis.module import Fact, ModuleInfo


class DrfExtractor(ClassExtractor):
    """Declared serializer fields; ``source=``, ``queryset=`` and a ``CurrentUserDefault()``
    default say what they read. A ModelSerializer's ``Meta.fields`` are fields too: what the
    API reads and sends of its model, and so are those ``__init__`` adds to ``self.fields``."""

    name = "drf"
    frameworks = ("drf",)
    style = FieldStyle(
        relations=frozenset({"PrimaryKeyRelatedField", "SlugRelatedField"}),
        skip_names=frozenset({"serializer_related_field", "serializer_field_mapping"}),
        user_defaults=frozenset({"CurrentUserDefault"}),
    )

    def extract(self, module: ModuleInfo) -> Iterable[Fact]:
        return with_added_fields(module, self, MODEL_STYLE)
