"""The README's rule table and start commands stay true."""

from __future__ import annotations

import re
from pathlib import Path

from privlint.plugins import registry

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_rule_table_matches_the_registry() -> None:
    block = README.split("<!-- rules:start", 1)[1].split("<!-- rules:end -->", 1)[0]
    rows = re.findall(r"^\| (PRV\d{3}) \| `([a-z0-9-]+)` \| (\w+) \| (.+) \|$", block, re.M)
    expected = [(r.code, r.name, r.severity.value, r.summary) for r in registry().rules.values()]
    assert rows == expected


def test_ci_runs_the_readme_test_command() -> None:
    command = "python -m pip install -e '.[test]' && python -m pytest"
    assert command in README
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands() -> None:
    first_blocks = re.findall(r"```sh\n(.+?)\n```", README, re.S)[:2]
    assert "privlint check examples/contact_centre" in first_blocks[0]
    assert "pytest" in first_blocks[1]


def test_rule_names_are_unique() -> None:
    names = [r.name for r in registry().rules.values()]
    assert len(names) == len(set(names))
