"""A project's own data pack (``rule-packs`` / ``--rule-pack``): its domain's words for personal
data extend the built-in catalogue, are explained like built-in ones, and a broken pack is a
usage error that names its file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SIGHT = """\
from django.db import models


class SightTest(models.Model):
    vh_left = models.DecimalField(max_digits=4, decimal_places=2)
    vh_right = models.DecimalField(max_digits=4, decimal_places=2)
"""

OPTICS = """\
# Our practice's words for eye measurements.
[[element]]
key = "health.measurement"
patterns = [
  { words = "vh left|right", anchor = "whole", owners = ["sight"] },
]
"""


@pytest.fixture
def optics(project: Path) -> Path:
    (project / "app" / "sight.py").write_text(SIGHT)
    pack = project / "privacy" / "rules" / "elements"
    pack.mkdir(parents=True)
    (pack / "optics.toml").write_text(OPTICS)
    return project / "privacy" / "rules"


def elements(out: str) -> dict[str, str]:
    return {row["symbol"]: row["element"] for row in json.loads(out)["fields"]}


def test_without_the_pack_the_domain_words_are_unknown(optics: Path, run_cli) -> None:
    code, out, _ = run_cli("inventory", "app", "--format", "json", "--no-cache")
    assert code == 0
    assert "app.sight.SightTest.vh_left" not in elements(out)


def test_rule_pack_on_the_command_line_extends_the_catalogue(optics: Path, run_cli) -> None:
    code, out, _ = run_cli(
        "inventory", "app", "--format", "json", "--no-cache", "--rule-pack", str(optics)
    )
    assert code == 0
    found = elements(out)
    assert found["app.sight.SightTest.vh_left"] == "health.measurement"
    assert found["app.sight.SightTest.vh_right"] == "health.measurement"


def test_rule_packs_in_the_configuration(project: Path, optics: Path, run_cli) -> None:
    with (project / "pyproject.toml").open("a") as handle:
        handle.write('rule-packs = ["privacy/rules"]\n')
    code, out, _ = run_cli("check", "app", "--format", "json")
    assert code == 1
    findings = json.loads(out)["findings"]
    assert any(
        f["code"] == "PRV101" and "vh_left" in f["message"] and "health.measurement" in f["message"]
        for f in findings
    )


def test_a_new_pack_is_not_answered_from_the_cache(project: Path, optics: Path, run_cli) -> None:
    run_cli("inventory", "app", "--format", "json")  # fills the cache without the pack
    code, out, _ = run_cli("inventory", "app", "--format", "json", "--rule-pack", str(optics))
    assert code == 0
    assert elements(out)["app.sight.SightTest.vh_left"] == "health.measurement"


def test_explain_names_the_pack_file(optics: Path, run_cli) -> None:
    code, out, _ = run_cli("explain", "app/sight.py:5", "--rule-pack", str(optics))
    assert code == 0
    assert "(optics.toml)" in out
    assert "'vh left|right'" in out


def test_a_missing_pack_is_a_usage_error(project: Path, run_cli) -> None:
    code, _, err = run_cli("inventory", "app", "--rule-pack", "nowhere")
    assert code == 2
    assert "rule pack 'nowhere' is not a directory" in err


def test_a_pack_needs_a_data_folder(project: Path, run_cli) -> None:
    (project / "empty").mkdir()
    with (project / "pyproject.toml").open("a") as handle:
        handle.write('rule-packs = ["empty"]\n')
    code, _, err = run_cli("check", "app")
    assert code == 2
    assert "has none of the folders elements, sinks, legal" in err
    assert "'rule-packs'" in err


def test_a_broken_pattern_names_its_file_and_line(optics: Path, run_cli) -> None:
    (optics / "elements" / "bad.toml").write_text(
        '[[element]]\nkey = "health.measurement"\npatterns = [ { words = "vh Left" } ]\n'
    )
    code, _, err = run_cli("inventory", "app", "--rule-pack", str(optics))
    assert code == 2
    assert "privacy/rules/elements/bad.toml:2" in err
    assert "'Left' is not one lower-case word" in err
    assert "Traceback" not in err


def test_explain_a_bare_name_tries_a_pack_s_patterns(optics: Path, run_cli) -> None:
    code, out, _ = run_cli(
        "explain", "--name", "vh_left", "--owner", "SightTest", "--color", "never"
    )
    assert code == 1
    assert "not personal data" in out
    code, out, _ = run_cli(
        "explain",
        "--name",
        "vh_left",
        "--owner",
        "SightTest",
        "--type",
        "DecimalField",
        "--rule-pack",
        str(optics),
        "--color",
        "never",
    )
    assert code == 0
    assert "element health.measurement" in out
    assert "(optics.toml)" in out


def test_explain_needs_a_line_or_a_name_not_both(project: Path, run_cli) -> None:
    code, _, err = run_cli("explain")
    assert code == 2 and "expected PATH:LINE (or --name FIELD)" in err
    code, _, err = run_cli("explain", "app/models.py:5", "--name", "email")
    assert code == 2 and "not both" in err
