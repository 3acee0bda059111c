"""The rule registry's value types: a Rule is metadata, a Check produces findings.

One check may report several codes (the manifest checks report PRV0xx from one pass); every
code it reports must be declared as a Rule so that ``privlint rules``, ``--select`` and the
docs in ``rules/docs/`` stay in step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privlint.findings import Finding, Severity

if TYPE_CHECKING:
    from privlint.catalog import Catalog
    from privlint.classify import Classification
    from privlint.config import Config
    from privlint.facts import FieldFact, FileFacts
    from privlint.manifest.model import Manifest


@dataclass(frozen=True, slots=True)
class Rule:
    """A stable rule code with its kebab-case name, one-line summary and default severity."""

    code: str
    name: str
    summary: str
    severity: Severity = Severity.ERROR
    theme: str = ""


@dataclass(frozen=True)
class ClassifiedField:
    """A field fact with the personal-data element the detector (or a binding) gave it."""

    fact: FieldFact
    path: str
    classification: Classification


@dataclass
class CheckContext:
    """What a check may read. Built once per run by the engine."""

    manifest: Manifest
    manifest_path: str
    catalog: Catalog
    config: Config
    files: tuple[FileFacts, ...]
    fields: tuple[ClassifiedField, ...]
    options: Mapping[str, Any] = field(default_factory=dict)
    # False when only some files were given (a pre-commit run on the staged files): checks
    # that need to see the whole project to prove an absence must then stay quiet.
    whole_project: bool = True
    # What several checks compute alike (the outbound calls), computed once per run.
    shared: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class Check:
    """A named function from the run's context to findings, and the codes it may report."""

    name: str
    codes: tuple[str, ...]
    run: Callable[[CheckContext], Iterable[Finding]]


def rule_docs_dir() -> Path:
    """Where ``rules/docs/PRVxxx.md`` live (inside the wheel, or in a source checkout)."""
    from privlint.catalog import rules_root

    return rules_root() / "docs"
