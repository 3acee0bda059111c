"""Standard-library dataclasses (``@dataclass``, ``@dataclasses.dataclass(...)``)."""

from __future__ import annotations

from privlint.analysis.extractors._common import ClassExtractor, FieldStyle


class DataclassExtractor(ClassExtractor):
    """Annotated fields; ``field(metadata={"description": ...})`` gives metadata."""

    name = "dataclass"
    frameworks = ("dataclass",)
    style = FieldStyle(wrappers=frozenset({"field"}))
