"""attrs classes: ``@attr.s`` + ``attr.ib()``, ``@attrs.define``/``@define``/``@frozen``."""

from __future__ import annotations

from privlint.analysis.extractors._common import ClassExtractor, FieldStyle


class AttrsExtractor(ClassExtractor):
    """``attr.ib(type=str)`` and annotations both give types; the wrapper name does not."""

    name = "attrs"
    frameworks = ("attrs",)
    style = FieldStyle(wrappers=frozenset({"ib", "attrib", "field"}))
