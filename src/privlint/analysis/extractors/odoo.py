"""Odoo models (``models.Model``, ``AbstractModel``, ``TransientModel`` from ``odoo``).

``fields.Char("Work Email")`` gives its label first (or as ``string=``), with ``help=`` beside
it; ``fields.Many2one("res.partner")``, ``One2many`` and ``Many2many`` link a record to the
model they name (``res.users``, ``hr.employee``). Attributes starting with an underscore
(``_name``, ``_inherit``, ``_description``, ``_order`` ...) configure the model: never fields.
"""

from __future__ import annotations

from collections.abc import Iterable

from privlint.analysis.extractors._common import ClassExtractor, FieldStyle
from privlint.analysis.module import Fact, ModuleInfo
from privlint.facts import FieldFact


class OdooExtractor(ClassExtractor):
    """Model fields, with their ``string``/``help`` as metadata."""

    name = "odoo"
    frameworks = ("odoo",)
    style = FieldStyle(
        relations=frozenset({"Many2one", "One2many", "Many2many"}),
        target_keywords=("comodel_name",),
        positional_label="verbose_name",
        keyword_aliases={"string": "verbose_name", "help": "help_text"},
        calls_only=True,
    )

    def extract(self, module: ModuleInfo) -> Iterable[Fact]:
        for fact in super().extract(module):
            if isinstance(fact, FieldFact) and fact.name.startswith("_"):
                continue
            yield fact
