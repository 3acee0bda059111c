"""Piccolo tables (``piccolo.table.Table`` with ``piccolo.columns``).

Columns are classes named after their SQL type (``Varchar``, ``Email``, ``Secret``,
``Timestamp``); ``ForeignKey(references=User)`` links a row to another table.
"""

from __future__ import annotations

from privlint.analysis.extractors._common import ClassExtractor, FieldStyle


class PiccoloExtractor(ClassExtractor):
    """Table columns; ``help_text=`` is metadata."""

    name = "piccolo"
    frameworks = ("piccolo",)
    style = FieldStyle(
        relations=frozenset({"ForeignKey", "LazyTableReference"}),
        target_keywords=("references",),
    )
