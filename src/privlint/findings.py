"""Findings: what a check reports, and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from privlint.facts import Span


class Severity(str, Enum):
    """How serious a finding is; maps onto SARIF levels."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a finding was raised: each part a short human sentence, in order of reasoning.

    ``steps`` are ``(label, text)`` pairs such as ``("matched", "words 'email' of field
    'email' -> contact.email (rules/elements/contact.toml)")`` or ``("manifest",
    "categories.marketing (privacy.toml:42)")``.
    """

    steps: tuple[tuple[str, str], ...] = ()

    def summary(self) -> str:
        """One line: the steps joined, for terminal output."""
        return "; ".join(f"{label}: {text}" for label, text in self.steps)

    def add(self, label: str, text: str) -> Explanation:
        return Explanation((*self.steps, (label, text)))


@dataclass(frozen=True, slots=True)
class Finding:
    """One reported problem at one place."""

    code: str
    message: str
    path: str
    span: Span
    severity: Severity = Severity.ERROR
    element: str | None = None
    category: str | None = None
    symbol: str | None = None
    explanation: Explanation = field(default_factory=Explanation)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.span.line, self.span.column, self.code)
