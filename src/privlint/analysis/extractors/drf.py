"""Django REST framework serializers (``serializers.Serializer`` / ``ModelSerializer``)."""

from __future__ import annotations

from collections.abc import Iterable

from privlint.analysis.extractors._common import ClassExtractor, FieldStyle, meta_fields
from privlint.analysis.extractors._recognise import classes
from privlint.analysis.extractors.django import MODEL_STYLE
from privlint.analysis.module import Fact, ModuleInfo


class DrfExtractor(ClassExtractor):
    """Declared serializer fields; ``source=``, ``queryset=`` and a ``CurrentUserDefault()``
    default say what they read. A ModelSerializer's ``Meta.fields`` are fields too: what the
    API reads and sends of its model."""

    name = "drf"
    frameworks = ("drf",)
    style = FieldStyle(
        relations=frozenset({"PrimaryKeyRelatedField", "SlugRelatedField"}),
        skip_names=frozenset({"serializer_related_field", "serializer_field_mapping"}),
        user_defaults=frozenset({"CurrentUserDefault"}),
    )

    def extract(self, module: ModuleInfo) -> Iterable[Fact]:
        yield from super().extract(module)
        for info in classes(module):
            if info.framework in self.frameworks:
                yield from meta_fields(module, info, self.style, MODEL_STYLE)
