"""pluggy hook specifications: the one path by which built-ins and plugins extend privlint.

A third-party package registers a module under the ``privlint`` entry-point group and
implements any of these hooks with ``@privlint.hookimpl``. Every hook is called with keyword
arguments only, and an implementation may accept fewer arguments than the spec.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from privlint.analysis.module import Extractor
    from privlint.checks.base import Check, Rule

hookspec = pluggy.HookspecMarker("privlint")
hookimpl = pluggy.HookimplMarker("privlint")


@hookspec
def privlint_rules() -> list[Rule]:
    """Rule codes this plugin may report (code, name, summary, default severity)."""


@hookspec
def privlint_checks() -> list[Check]:
    """Checks to run after analysis; each declares the codes it reports."""


@hookspec
def privlint_extractors() -> list[Extractor]:
    """Extractors that turn a parsed module into facts (fields, classes, calls ...)."""


@hookspec
def privlint_rule_packs() -> list[Path]:
    """Extra data packs: directories holding ``elements/``, ``sinks/`` or ``legal/`` TOML."""
