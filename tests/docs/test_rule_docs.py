"""Every rule has a page in rules/docs/, and every example on it behaves as it says.

A page's ```python fails``` / ```python passes``` blocks are checked as code with the page's rule
selected; ```toml fails``` / ```toml passes``` blocks are manifests checked on their own;
a ```toml privacy.toml``` block sets the manifest for the code examples after it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from privlint.catalog import rules_root
from privlint.cli import main
from privlint.plugins import registry

DOCS = rules_root() / "docs"
BASE = DOCS / "_base.toml"
FENCE = re.compile(r"^```(\w+)([^\n]*)\n(.*?)^```\s*$", re.M | re.S)


@dataclass(frozen=True)
class Example:
    code: str
    index: int
    language: str
    expect: str
    source: str
    filename: str
    manifest: str

    @property
    def id(self) -> str:
        return f"{self.code}-{self.index}-{self.language}-{self.expect}"


def examples_of(page: Path) -> list[Example]:
    code = page.stem
    manifest = BASE.read_text(encoding="utf-8") if BASE.is_file() else ""
    out: list[Example] = []
    for match in FENCE.finditer(page.read_text(encoding="utf-8")):
        language, info, body = match.group(1), match.group(2).split(), match.group(3)
        if language == "toml" and info[:1] == ["privacy.toml"]:
            manifest = body
            continue
        if not info or info[0] not in ("fails", "passes"):
            continue
        attrs = dict(part.split("=", 1) for part in info[1:] if "=" in part)
        filename = attrs.get("path", "app.py" if language == "python" else "privacy.toml")
        out.append(Example(code, len(out), language, info[0], body, filename, manifest))
    return out


PAGES = sorted(p for p in DOCS.glob("PRV*.md"))
ALL_EXAMPLES = [ex for page in PAGES for ex in examples_of(page)]


def test_every_rule_has_a_page_with_both_kinds_of_example() -> None:
    rules = registry().rules
    documented = {p.stem for p in PAGES}
    missing = sorted(set(rules) - documented)
    assert not missing, f"rules without a docs page: {missing}"
    for page in PAGES:
        kinds = {ex.expect for ex in examples_of(page)}
        assert kinds == {"fails", "passes"}, f"{page.name} needs fails and passes examples"
        text = page.read_text(encoding="utf-8")
        assert text.startswith(f"# {page.stem} {rules[page.stem].name}"), page.name


def run_example(example: Example, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    project = tmp_path / "project"
    project.mkdir()
    if example.language == "toml":
        (project / "privacy.toml").write_text(example.source, encoding="utf-8")
    else:
        (project / "privacy.toml").write_text(example.manifest, encoding="utf-8")
        target = project / example.filename
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(example.source, encoding="utf-8")
    argv = [
        "check",
        str(project),
        "--manifest",
        str(project / "privacy.toml"),
        "--select",
        example.code,
        "--format",
        "json",
        "--no-cache",
    ]
    code = main(argv)
    out = capsys.readouterr().out
    assert code in (0, 1), f"privlint exited {code}: {out}"
    return json.loads(out)


@pytest.mark.parametrize("example", ALL_EXAMPLES, ids=lambda ex: ex.id)
def test_example(example: Example, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = run_example(example, tmp_path, capsys)
    codes = [f["code"] for f in report["findings"]]
    if example.expect == "fails":
        assert example.code in codes, f"expected {example.code}, got {report['findings']}"
    else:
        assert example.code not in codes, f"expected no {example.code}, got {report['findings']}"
