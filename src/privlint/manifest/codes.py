"""The PRV0xx rule codes: checks on privacy.toml alone, before any code is read."""

from __future__ import annotations

from privlint.checks.base import Rule
from privlint.findings import Severity

_E, _W, _N = Severity.ERROR, Severity.WARNING, Severity.NOTE

MANIFEST_RULES: tuple[Rule, ...] = (
    Rule("PRV001", "toml-syntax", "privacy.toml is not valid TOML.", _E, "manifest"),
    Rule(
        "PRV002",
        "schema-violation",
        "A manifest key is unknown, has the wrong type or value, or a required key is missing.",
        _E,
        "manifest",
    ),
    Rule(
        "PRV003",
        "dangling-reference",
        "A manifest entry refers to a category, purpose, recipient, cookie, event or subject "
        "that is not declared.",
        _E,
        "manifest",
    ),
    Rule(
        "PRV004",
        "unknown-element",
        "An element key is neither in the catalogue nor declared under [elements].",
        _E,
        "manifest",
    ),
    Rule("PRV010", "missing-legal-basis", "A purpose has no legal basis.", _E, "legal-basis"),
    Rule(
        "PRV011",
        "basis-requirement-missing",
        "A purpose lacks what its legal basis requires (withdrawal, law, justification, "
        "interest, or the matching right).",
        _E,
        "legal-basis",
    ),
    Rule(
        "PRV012",
        "special-category-condition",
        "A purpose processing special-category (Art. 9) data has no valid Art. 9(2) condition.",
        _E,
        "legal-basis",
    ),
    Rule("PRV020", "missing-retention", "A data category has no retention rule.", _E, "retention"),
    Rule(
        "PRV021",
        "retention-grammar",
        "A retention rule is malformed (duration, anchors, indefinite, keep).",
        _E,
        "retention",
    ),
    Rule(
        "PRV030",
        "transfer-without-mechanism",
        "A recipient country outside the establishment's area has no transfer mechanism.",
        _E,
        "transfers",
    ),
    Rule(
        "PRV031",
        "invalid-transfer-mechanism",
        "A transfer mechanism is unknown, withdrawn, or not valid for the country on as_of.",
        _E,
        "transfers",
    ),
    Rule(
        "PRV032",
        "stale-legal-facts",
        "as_of is missing or more than 12 months old: re-check the legal facts.",
        _W,
        "transfers",
    ),
    Rule(
        "PRV040",
        "cookie-necessity",
        "An advertising, analysis or personalisation cookie is marked necessary.",
        _E,
        "cookies",
    ),
    Rule(
        "PRV041",
        "unclaimed-cookie",
        "A cookie is claimed by no purpose or processor activity.",
        _W,
        "cookies",
    ),
    Rule(
        "PRV042",
        "cookie-expiry",
        "A cookie's expiry is not 'session' or an ISO 8601 duration, or exceeds the ceiling.",
        _W,
        "cookies",
    ),
    Rule(
        "PRV050",
        "rights-incomplete",
        "A data subject right is not declared, or has no handler.",
        _E,
        "rights",
    ),
    Rule(
        "PRV051",
        "rights-sla",
        "The rights SLA is missing, unparseable, or longer than one month (P1M).",
        _E,
        "rights",
    ),
    Rule(
        "PRV060",
        "orphan",
        "A category, recipient, event or subject is declared but used by nothing.",
        _N,
        "manifest",
    ),
)

RULES_BY_CODE = {rule.code: rule for rule in MANIFEST_RULES}
