"""`privlint check --format sarif`: valid SARIF 2.1.0 (the official OASIS schema, kept in
tests/data) that GitHub code scanning accepts, and the checks the schema cannot make."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from privlint import __version__
from privlint.fingerprints import line_hashes

SCHEMA = json.loads((Path(__file__).parents[1] / "data" / "sarif-2.1.0.json").read_text())

LOGS = """\
import logging

log = logging.getLogger(__name__)


def welcome(account):
    log.info("welcome %s", account.email)


def quiet(account):
    log.info("hello %s", account.email)  # privlint: ignore[PRV201] synthetic test address
"""


def _sarif(run_cli, *argv: str) -> tuple[int, dict]:
    code, out, err = run_cli("check", "--format", "sarif", *argv)
    assert not err or "error" not in err.lower(), err
    document = json.loads(out)
    errors = sorted(jsonschema.Draft4Validator(SCHEMA).iter_errors(document), key=str)
    assert not errors, [e.message for e in errors[:5]]
    return code, document


def test_findings_become_results_with_rules_and_relative_locations(project: Path, run_cli) -> None:
    code, document = _sarif(run_cli)
    assert code == 1
    assert document["version"] == "2.1.0" and document["$schema"].endswith("sarif-2.1.0.json")
    (run,) = document["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "privlint" and driver["semanticVersion"] == __version__
    assert run["automationDetails"]["id"] == "privlint/"
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == project.resolve().as_uri() + "/"
    rules = {rule["id"]: i for i, rule in enumerate(driver["rules"])}
    assert list(rules) == sorted(rules)
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["help"]["markdown"].startswith(f"# {rule['id']}")
        severity = rule["properties"].get("security-severity")
        if severity is not None:
            assert 0 < float(severity) <= 10 and "security" in rule["properties"]["tags"]
    results = run["results"]
    assert {r["ruleId"] for r in results} == {"PRV101"}
    for result in results:
        assert result["ruleIndex"] == rules[result["ruleId"]]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"uri": "app/models.py", "uriBaseId": "%SRCROOT%"}
        region = location["region"]
        assert region["startLine"] >= 1 and region["endColumn"] > region["startColumn"]
        assert result["properties"]["element"] and result["properties"]["explanation"]
        source = (project / "app" / "models.py").read_text()
        expected = line_hashes(source)[region["startLine"]]
        assert result["partialFingerprints"] == {"primaryLocationLineHash": expected}


def test_a_clean_run_still_has_a_results_array(project: Path, run_cli) -> None:
    (project / "app" / "models.py").write_text("class Settings:\n    debug: bool\n")
    code, document = _sarif(run_cli)
    assert code == 0
    assert document["runs"][0]["results"] == []
    assert document["runs"][0]["invocations"] == [{"executionSuccessful": True}]


def test_suppressed_findings_stay_out_and_security_rules_score(project: Path, run_cli) -> None:
    (project / "pyproject.toml").write_text("[tool.privlint]\n")
    (project / "app" / "views.py").write_text(LOGS)
    _, document = _sarif(run_cli, "--select", "PRV201")
    results = document["runs"][0]["results"]
    assert [
        (r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results
    ] == [("PRV201", 7)]
    assert results[0]["level"] == "error"
    assert "account.email" in results[0]["message"]["text"]


def test_run_errors_are_notifications_and_mark_the_run_unsuccessful(project: Path, run_cli) -> None:
    code, out, _ = run_cli("check", "--format", "sarif", "app", "missing_dir")
    assert code == 2
    document = json.loads(out)
    assert not list(jsonschema.Draft4Validator(SCHEMA).iter_errors(document))
    (invocation,) = document["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    notes = [n["message"]["text"] for n in invocation["toolExecutionNotifications"]]
    assert any("missing_dir" in text for text in notes)
    assert {n["level"] for n in invocation["toolExecutionNotifications"]} == {"error"}


def test_a_file_outside_the_root_keeps_an_absolute_uri(tmp_path: Path) -> None:
    from privlint.report.sarif import artifact

    inside = artifact(str(tmp_path / "root" / "a b.py"), (tmp_path / "root").resolve())
    assert (inside.uri, inside.uri_base_id) == ("a%20b.py", "%SRCROOT%")
    outside = artifact(str(tmp_path / "elsewhere.py"), (tmp_path / "root").resolve())
    assert outside.uri.startswith("file:///") and outside.uri_base_id is None


def test_values_at_their_default_are_left_out_and_unknown_values_refused() -> None:
    import sarif_om as sarif

    from privlint.report.sarif import to_json

    note = sarif.Notification(message=sarif.Message(text="x"), level="warning")
    assert to_json(note) == {"message": {"text": "x"}}
    with pytest.raises(TypeError):
        to_json({"path": Path("x")})


def test_more_results_than_github_takes_keeps_the_most_severe(
    project: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from privlint.report import sarif as sarif_report

    (project / "pyproject.toml").write_text("[tool.privlint]\n")
    (project / "app" / "views.py").write_text(LOGS)
    _, full = _sarif(run_cli)
    levels = [r["level"] for r in full["runs"][0]["results"]]  # always written
    assert levels.count("error") >= 2 and "warning" in levels
    monkeypatch.setattr(sarif_report, "MAX_RESULTS", 2)
    _, capped = _sarif(run_cli)
    run = capped["runs"][0]
    assert [r["level"] for r in run["results"]] == ["error", "error"]
    (note,) = run["invocations"][0]["toolExecutionNotifications"]
    assert f"{len(levels)} findings, more than the 2" in note["message"]["text"]


def test_a_result_says_its_level_even_when_its_rule_defaults_to_another(
    project: Path, run_cli
) -> None:
    # PRV000 defaults to error; a suppression without a reason is reported as a warning
    (project / "pyproject.toml").write_text("[tool.privlint]\n")
    (project / "app" / "views.py").write_text(
        LOGS.replace(
            "  # privlint: ignore[PRV201] synthetic test address", "  # privlint: ignore[PRV201]"
        )
    )
    _, document = _sarif(run_cli, "--select", "PRV000")
    run = document["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["PRV000"]["defaultConfiguration"]["level"] == "error"
    (result,) = run["results"]
    assert result["ruleId"] == "PRV000" and result["level"] == "warning"
