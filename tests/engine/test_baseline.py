"""Baselines: GitHub's line fingerprints, and findings accepted for now left out of a run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from privlint.baseline import BaselineError, apply, entries_for, load, write
from privlint.catalog import rules_root
from privlint.facts import Span
from privlint.findings import Finding
from privlint.fingerprints import line_hashes

# The upload action's own test vectors (codeql-action src/fingerprints.test.ts).
VECTORS = [
    ("", {1: "c129715d7a2bc9a3:1"}),
    (
        " a\nb\n  \t\tc\n d",
        {
            1: "271789c17abda88f:1",
            2: "54703d4cd895b18:1",
            3: "180aee12dab6264:1",
            4: "a23a3dc5e078b07b:1",
        },
    ),
    (
        "Lorem ipsum dolor sit amet.\n" * 10,
        {
            **{n: f"a7f2ff13bc495cf2:{n}" for n in range(1, 7)},
            7: "a7f2ff1481e87703:1",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), VECTORS)
def test_line_hashes_match_github(text: str, expected: dict[int, str]) -> None:
    hashes = line_hashes(text)
    assert {line: hashes[line] for line in expected} == expected


def test_line_endings_and_indentation_do_not_change_a_hash() -> None:
    unix = line_hashes("def f():\n    return 1\n")
    assert line_hashes("def f():\r\n\treturn 1\r\n") == unix
    assert line_hashes("def f():\rreturn 1\r") == unix
    assert line_hashes("def f():\n    return 2\n")[1] != unix[1]  # the window sees line 2


def test_characters_beyond_the_bmp_count_as_two_units() -> None:
    # 😀 is two UTF-16 code units: one hash per line still, and a different one from "xx"
    emoji, plain = line_hashes("a = '😀'\n"), line_hashes("a = 'xx'\n")
    assert emoji.keys() == plain.keys() and emoji[1] != plain[1]


SOURCE = """\
import logging

log = logging.getLogger(__name__)


def welcome(customer):
    log.info("welcome %s", customer.email)
"""


def _finding(path: Path, line: int, code: str = "PRV201") -> Finding:
    return Finding(code, "personal data in a log", str(path), Span(line, 5, line, 20))


def test_a_baselined_finding_stays_known_when_lines_move(tmp_path: Path) -> None:
    module = tmp_path / "views.py"
    module.write_text(SOURCE)
    target = tmp_path / "baseline.json"
    assert write(target, [_finding(module, 7)], tmp_path) == 1
    (entry,) = json.loads(target.read_text())["findings"]
    assert entry["path"] == "views.py" and entry["code"] == "PRV201"
    assert entry["fingerprint"].endswith(":1") and len(entry["fingerprint"]) == 18

    moved = "# a new comment\n\n" + SOURCE.replace("    log", "        log") + "\ndef g(): ...\n"
    module.write_text(moved)  # two lines above, re-indented, code below: line 9, still known
    applied = apply([_finding(module, 9)], load(target), tmp_path)
    assert (applied.findings, applied.baselined, applied.stale) == ((), 1, 0)

    module.write_text(moved.replace("welcome %s", "hello %s"))  # its own line changed: new
    assert apply([_finding(module, 9)], load(target), tmp_path).baselined == 0


def test_new_findings_and_stale_entries(tmp_path: Path) -> None:
    module = tmp_path / "views.py"
    module.write_text(SOURCE + "\n\ndef bye(customer):\n    log.info('bye %s', customer.email)\n")
    target = tmp_path / "baseline.json"
    write(target, [_finding(module, 7), _finding(module, 7, "PRV202")], tmp_path)
    applied = apply([_finding(module, 7), _finding(module, 11)], load(target), tmp_path)
    assert [f.span.line for f in applied.findings] == [11]  # new, though the same rule
    assert (applied.baselined, applied.stale) == (1, 1)  # PRV202 no longer happens


def test_each_entry_accounts_for_one_finding(tmp_path: Path) -> None:
    module = tmp_path / "views.py"
    module.write_text(SOURCE)
    entries = entries_for([_finding(module, 7)], tmp_path)
    applied = apply([_finding(module, 7), _finding(module, 7)], entries, tmp_path)
    assert len(applied.findings) == 1 and applied.baselined == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": "privlint-baseline",\n "version": 1, "findings": [}', ":2:"),
        ('{"findings": []}', "not a privlint baseline"),
        ('{"format": "privlint-baseline", "version": 7, "findings": []}', "version 7"),
        ('{"format": "privlint-baseline", "version": 1, "findings": [{"code": 1}]}', "finding 1"),
    ],
)
def test_a_bad_baseline_says_what_is_wrong(tmp_path: Path, content: str, message: str) -> None:
    target = tmp_path / "baseline.json"
    target.write_text(content)
    with pytest.raises(BaselineError, match=message):
        load(target)


def test_a_missing_baseline_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="--write-baseline"):
        load(tmp_path / "nope.json")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text("")
    (tmp_path / "app" / "views.py").write_text(SOURCE)
    shutil.copy(rules_root() / "docs" / "_base.toml", tmp_path / "privacy.toml")
    (tmp_path / "pyproject.toml").write_text('[tool.privlint]\nselect = ["PRV201"]\n')
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_command_line_round_trip(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from privlint.cli import main

    assert main(["check", "--no-cache"]) == 1
    capsys.readouterr()
    assert main(["check", "--no-cache", "--write-baseline", "baseline.json"]) == 0
    assert "wrote 1 finding to baseline.json" in capsys.readouterr().err
    assert main(["check", "--no-cache", "--baseline", "baseline.json"]) == 0
    assert "1 finding left out" in capsys.readouterr().out
    views = project / "app" / "views.py"
    views.write_text(views.read_text() + "\n\ndef bye(c):\n    log.info('bye %s', c.email)\n")
    assert main(["check", "--no-cache", "--baseline", "baseline.json", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [f["line"] for f in report["findings"]] == [11]
    assert (report["summary"]["baselined"], report["summary"]["stale_baseline"]) == (1, 0)


def test_baseline_flags_are_usage_errors_when_wrong(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from privlint.cli import main

    assert main(["check", "--baseline", "missing.json"]) == 2
    assert "not found" in capsys.readouterr().err
    assert main(["check", "--baseline", "a.json", "--write-baseline", "b.json"]) == 2
    assert "not allowed with" in capsys.readouterr().err


def test_the_configured_baseline_is_used_unless_a_flag_says_otherwise(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from privlint.cli import main

    assert main(["check", "--no-cache", "--write-baseline", "accepted.json"]) == 0
    (project / "pyproject.toml").write_text(
        '[tool.privlint]\nselect = ["PRV201"]\nbaseline = "accepted.json"\n'
    )
    capsys.readouterr()
    assert main(["check", "--no-cache"]) == 0
    assert "1 finding left out" in capsys.readouterr().out
    (project / "pyproject.toml").write_text('[tool.privlint]\nbaseline = ["x"]\n')
    assert main(["check", "--no-cache"]) == 2
    assert "'baseline' must be a string path" in capsys.readouterr().err
