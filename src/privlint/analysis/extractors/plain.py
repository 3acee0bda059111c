"""Plain annotated classes: class-level annotations in a class no other extractor claimed."""

from __future__ import annotations

from collections.abc import Iterable

from privlint.analysis.extractors._common import FieldStyle, class_fact, class_fields
from privlint.analysis.extractors._recognise import classes
from privlint.analysis.module import Fact, ModuleInfo

_STYLE = FieldStyle(annotations_only=True)


class PlainExtractor:
    """Only classes with at least one annotated field, so exception classes stay quiet."""

    name = "plain"

    def extract(self, module: ModuleInfo) -> Iterable[Fact]:
        for info in classes(module):
            if info.framework is None:
                fields = list(class_fields(module, info, _STYLE, "plain"))
                if fields:
                    yield class_fact(module, info)
                    yield from fields
