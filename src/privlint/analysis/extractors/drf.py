"""Django REST framework serializers (``serializers.Serializer`` / ``ModelSerializer``)."""

from __future__ import annotations

from privlint.analysis.extractors._common import ClassExtractor, FieldStyle


class DrfExtractor(ClassExtractor):
    """Declared serializer fields; ``source=``, ``queryset=`` and a ``CurrentUserDefault()``
    default say what they read."""

    name = "drf"
    frameworks = ("drf",)
    style = FieldStyle(
        relations=frozenset({"PrimaryKeyRelatedField", "SlugRelatedField"}),
        skip_names=frozenset({"serializer_related_field", "serializer_field_mapping"}),
        user_defaults=frozenset({"CurrentUserDefault"}),
    )
