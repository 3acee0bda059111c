"""The PRV0xx docs pages' manifest examples, run through the loader and checks directly.

tests/docs runs every example through the CLI with the real catalogue; this runs the same
``toml fails`` / ``toml passes`` blocks with the fake element catalogue, so the pages stay
right even while the element catalogue is being written. ``_base.toml`` must be clean.
"""

from __future__ import annotations

import re

import pytest

from privlint.findings import Severity
from privlint.manifest.codes import MANIFEST_RULES

from .conftest import RULES, FakeCatalog, run_all

FENCE = re.compile(r"^```toml ([^\n]*)\n(.*?)^```\s*$", re.M | re.S)
CODES = sorted(rule.code for rule in MANIFEST_RULES)
PAGES = [RULES / "docs" / f"{code}.md" for code in CODES]
EXAMPLES = [
    (page.stem, i, info.split()[0], body)
    for page in PAGES
    if page.is_file()
    for i, m in enumerate(FENCE.finditer(page.read_text(encoding="utf-8")))
    for info, body in [(m.group(1), m.group(2))]
    if info.split()[:1] in (["fails"], ["passes"])
]


def test_every_manifest_rule_has_a_page() -> None:
    assert all(page.is_file() for page in PAGES)
    for page in PAGES:
        kinds = {kind for code, _, kind, _ in EXAMPLES if code == page.stem}
        assert kinds == {"fails", "passes"}, page.name


@pytest.mark.parametrize(("code", "index", "kind", "body"), EXAMPLES, ids=lambda v: str(v)[:12])
def test_example(code: str, index: int, kind: str, body: str, catalog: FakeCatalog) -> None:
    found = [f.code for f in run_all(body, catalog)]
    if kind == "fails":
        assert code in found, f"{code} example {index}: expected {code}, got {found}"
    else:
        assert code not in found, f"{code} example {index}: unexpected {code}"


def test_base_manifest_is_clean(base_text: str, catalog: FakeCatalog) -> None:
    findings = run_all(base_text, catalog)
    assert [f for f in findings if f.severity != Severity.NOTE] == []


def test_reference_example_is_clean(catalog: FakeCatalog) -> None:
    text = (RULES.parent / "docs" / "MANIFEST.md").read_text(encoding="utf-8")
    example = text.split("## A short example", 1)[1].split("```toml\n", 1)[1].split("```", 1)[0]
    findings = run_all(example, catalog)
    assert [f.message for f in findings if f.severity != Severity.NOTE] == []
