"""The command line end to end, in-process (flake8 style: main(argv) -> int)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from privlint import __version__


def test_version(run_cli) -> None:
    code, out, _ = run_cli("--version")
    assert code == 0
    assert out.strip() == f"privlint {__version__}"


def test_python_dash_m_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "privlint", "--version"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0
    assert __version__ in proc.stdout


def test_no_command_is_a_usage_error(run_cli) -> None:
    code, _, err = run_cli()
    assert code == 2
    assert "check" in err


def test_help_explains_exit_codes(run_cli) -> None:
    code, out, _ = run_cli("check", "--help")
    assert code == 0
    assert "exit codes: 0 clean, 1 findings, 2" in out
    assert "--select" in out and "--manifest" in out


def test_rules_lists_codes_names_and_summaries(run_cli) -> None:
    code, out, _ = run_cli("rules")
    assert code == 0
    lines = out.splitlines()
    assert any(line.startswith("PRV101  undeclared-personal-data") for line in lines)
    for expected in ("PRV000", "PRV001", "PRV102", "PRV103", "PRV104", "PRV105"):
        assert any(line.startswith(expected) for line in lines), expected
    codes = [line.split()[0] for line in lines]
    assert codes == sorted(codes)


def test_rules_json_and_docs(run_cli) -> None:
    code, out, _ = run_cli("rules", "--format", "json")
    assert code == 0
    rules = {r["code"]: r for r in json.loads(out)}
    assert rules["PRV104"]["name"] == "personal-data-without-retention"
    code, out, _ = run_cli("rules", "--docs", "prv101")
    assert code == 0 and out.startswith("# PRV101 undeclared-personal-data")
    code, _, err = run_cli("rules", "--docs", "PRV999")
    assert code == 2 and "unknown rule code" in err


def test_check_reports_undeclared_field_with_exit_1(project: Path, run_cli) -> None:
    code, out, _ = run_cli("check", "--format", "json", "--no-cache")
    assert code == 1
    report = json.loads(out)
    found = [f for f in report["findings"] if f["code"] == "PRV101"]
    assert len(found) == 1
    finding = found[0]
    assert finding["path"] == "app/models.py"
    assert finding["line"] == 7
    assert finding["element"] == "identity.passport"
    assert set(finding) >= {
        "code",
        "name",
        "severity",
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "message",
        "element",
        "category",
        "explanation",
    }
    assert finding["explanation"], "every finding says why"
    assert report["summary"]["files"] == 2
    assert report["summary"]["by_code"]["PRV101"] == 1


def test_findings_are_sorted(project: Path, run_cli) -> None:
    (project / "app" / "a_first.py").write_text(
        "from dataclasses import dataclass\n\n@dataclass\nclass Person:\n"
        "    passport_number: str\n    national_insurance_number: str\n"
    )
    code, out, _ = run_cli("check", "--format", "json", "--no-cache")
    assert code == 1
    keys = [(f["path"], f["line"], f["column"], f["code"]) for f in json.loads(out)["findings"]]
    assert keys == sorted(keys)
    assert keys[0][0] == "app/a_first.py"


def test_select_and_ignore(project: Path, run_cli) -> None:
    code, out, _ = run_cli("check", "--format", "json", "--no-cache", "--ignore", "PRV101")
    assert code == 0, out
    code, out, _ = run_cli("check", "--format", "json", "--no-cache", "--select", "PRV1")
    assert {f["code"] for f in json.loads(out)["findings"]} == {"PRV101"}
    code, out, _ = run_cli("check", "--no-cache", "--select", "PRV102,PRV103")
    assert code == 0


def test_unknown_rule_code_is_a_usage_error(project: Path, run_cli) -> None:
    code, _, err = run_cli("check", "--select", "PRV1O1")
    assert code == 2
    assert "unknown rule code 'PRV1O1'" in err
    assert "did you mean PRV101" in err


@pytest.mark.parametrize(
    ("jobs", "message"), [("0", "must be at least 1"), ("-2", "must be at least 1"), ("x", "whole")]
)
def test_a_bad_job_count_is_a_usage_error(project: Path, run_cli, jobs: str, message: str) -> None:
    code, _, err = run_cli("check", "-j", jobs)
    assert code == 2
    assert "-j/--jobs" in err and message in err


def test_exit_zero(project: Path, run_cli) -> None:
    code, out, _ = run_cli("check", "--exit-zero", "--no-cache")
    assert code == 0
    assert "PRV101" in out


def test_text_output_is_grouped_and_plain_when_not_a_tty(project: Path, run_cli) -> None:
    code, out, _ = run_cli("check", "--no-cache")
    assert code == 1
    assert "\x1b[" not in out
    lines = out.splitlines()
    assert lines[0] == "app/models.py"
    assert "7:5  PRV101 undeclared-personal-data" in lines[1]
    assert lines[2].strip().startswith("why:")
    assert "Found 1 finding (1 error) in 2 files checked." in out


def test_output_file(project: Path, run_cli, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    code, out, _ = run_cli("check", "--format", "json", "-o", str(target), "--no-cache")
    assert code == 1
    assert out == ""
    assert json.loads(target.read_text())["summary"]["findings"] == 1


def test_missing_path_is_exit_2_but_the_rest_is_checked(project: Path, run_cli) -> None:
    code, out, err = run_cli("check", "app", "nope", "--format", "json", "--no-cache")
    assert code == 2
    assert "path 'nope' does not exist" in err
    assert json.loads(out)["summary"]["findings"] == 1


def test_missing_manifest_is_exit_2(project: Path, run_cli) -> None:
    code, _, err = run_cli("check", "--manifest", "missing.toml", "--no-cache")
    assert code == 2
    assert "manifest 'missing.toml' not found" in err


def test_bad_files_are_reported_and_the_run_completes(project: Path, run_cli) -> None:
    (project / "app" / "broken.py").write_text("class Broken(:\n    pass\n")
    (project / "app" / "latin.py").write_bytes(b"name = 'caf\xe9'\n")
    (project / "app" / "empty.py").write_text("")
    code, out, _ = run_cli("check", "--format", "json", "--no-cache")
    assert code == 1
    findings = json.loads(out)["findings"]
    prv000 = {f["path"]: f for f in findings if f["code"] == "PRV000"}
    assert set(prv000) == {"app/broken.py", "app/latin.py", "app/empty.py"}
    assert prv000["app/broken.py"]["line"] == 1
    assert prv000["app/empty.py"]["severity"] == "note"
    assert any(f["code"] == "PRV101" for f in findings), "other files were still checked"


def test_inline_suppression_needs_a_reason(project: Path, run_cli) -> None:
    models = project / "app" / "models.py"
    text = models.read_text().replace(
        "max_length=20)", "max_length=20)  # privlint: ignore[PRV101] visa checks, see DPIA-7"
    )
    models.write_text(text)
    code, out, _ = run_cli("check", "--format", "json", "--no-cache")
    assert code == 0, out
    assert json.loads(out)["summary"]["suppressed"] == 1
    models.write_text(text.replace(" visa checks, see DPIA-7", ""))
    code, out, _ = run_cli("check", "--format", "json", "--no-cache")
    codes = sorted(f["code"] for f in json.loads(out)["findings"])
    assert code == 1
    assert codes == ["PRV000", "PRV101"]


def test_pyproject_configuration(project: Path, run_cli) -> None:
    (project / "policy").mkdir()
    (project / "privacy.toml").rename(project / "policy" / "privacy.toml")
    (project / "pyproject.toml").write_text(
        '[tool.privlint]\nmanifest = "policy/privacy.toml"\nexclude = ["app/models.py"]\n'
        'select = ["PRV0", "PRV1"]\n'
    )
    code, out, _ = run_cli("check", "--format", "json", "--no-cache")
    assert code == 0, out
    (project / "pyproject.toml").write_text('[tool.privlint]\nmanifset = "x"\n')
    code, _, err = run_cli("check", "--no-cache")
    assert code == 2
    assert "unknown key 'manifset'; did you mean 'manifest'?" in err


def test_cache_is_used_on_the_second_run(project: Path, run_cli) -> None:
    first = run_cli("check", "--format", "json")
    second = run_cli("check", "--format", "json")
    assert first == second
    assert (project / ".privlint_cache" / "CACHEDIR.TAG").is_file()


def test_inventory_formats(project: Path, run_cli) -> None:
    code, out, _ = run_cli("inventory", "--format", "json", "--no-cache")
    assert code == 0
    rows = {r["symbol"]: r for r in json.loads(out)["fields"]}
    assert rows["app.models.Account.email"]["element"] == "contact.email"
    assert rows["app.models.Account.passport_number"]["kind"] == "field"
    for row in rows.values():
        assert set(row) >= {
            "path",
            "line",
            "symbol",
            "kind",
            "element",
            "sensitivity",
            "special",
            "confidence",
            "explanation",
        }
    code, out, _ = run_cli("inventory", "--format", "csv", "--no-cache")
    header, *body = out.splitlines()
    assert header.startswith("path,line,symbol,kind")
    assert any("app.models.Account.email" in line for line in body)


def test_explain_a_line(project: Path, run_cli) -> None:
    code, out, _ = run_cli("explain", "app/models.py:7", "--color", "never")
    assert code == 0
    assert "app.models.Account.passport_number" in out
    assert "identity.passport" in out
    assert "PRV101" in out
    code, _, err = run_cli("explain", "app/models.py")
    assert code == 2 and "PATH:LINE" in err


def test_cached_run_follows_manifest_and_code_edits(project: Path, run_cli) -> None:
    first = json.loads(run_cli("check", "--format", "json")[1])
    assert first["summary"]["by_code"] == {"PRV101": 1}
    manifest = project / "privacy.toml"
    manifest.write_text(
        manifest.read_text().replace(
            'elements = ["identity.name", "identity.username", "contact.email", '
            '"identity.person_id"]',
            'elements = ["identity.name", "identity.username", "contact.email", '
            '"identity.person_id", "identity.passport"]',
        )
    )
    second = json.loads(run_cli("check", "--format", "json")[1])
    assert second["summary"]["findings"] == 0, "a manifest edit must not be hidden by the cache"
    (project / "app" / "models.py").write_text(
        "from dataclasses import dataclass\n\n\n@dataclass\nclass Account:\n"
        "    date_of_birth: str\n"
    )
    third = json.loads(run_cli("check", "--format", "json")[1])
    assert third["summary"]["by_code"] == {"PRV101": 1}, "a code edit must not be hidden either"
    assert third["findings"][0]["element"] == "demographic.date_of_birth"


def test_explain_names_the_manifest_entries_consulted(project: Path, run_cli) -> None:
    code, out, _ = run_cli("explain", "app/models.py:5", "--color", "never")
    assert code == 0
    assert "element contact.email" in out
    assert "matched: words 'email'" in out
    assert "manifest: category account (privacy.toml:" in out
    assert "retention P6M after" in out


def test_explain_says_why_a_field_is_not_personal_data(project: Path, run_cli) -> None:
    (project / "app" / "settings.py").write_text(
        "from dataclasses import dataclass\n\n\n@dataclass\nclass Mailer:\n"
        "    email_template: str\n"
    )
    code, out, _ = run_cli("explain", "app/settings.py:6", "--color", "never")
    assert code == 0
    assert "not personal data" in out
    assert "template" in out


def _client_and_invoice(project: Path) -> None:
    """A person record in one module and a link to it, by name only, in another."""
    (project / "app" / "people.py").write_text(
        "from dataclasses import dataclass\n\n\n@dataclass\nclass Client:\n"
        "    name: str\n    email: str\n    phone: str\n    address: str\n"
    )
    (project / "app" / "billing.py").write_text(
        "from dataclasses import dataclass\n\n\n@dataclass\nclass Invoice:\n"
        "    client_id: int\n    total: int\n"
    )


def test_explain_reads_the_project_around_the_file(project: Path, run_cli) -> None:
    """A field judged by another module's class is explained as the inventory judges it."""
    _client_and_invoice(project)
    inventory = json.loads(run_cli("inventory", "app", "--format", "json", "--no-cache")[1])
    rows = {r["symbol"]: r["element"] for r in inventory["fields"]}
    assert rows.get("app.billing.Invoice.client_id") == "identity.person_id"
    code, out, _ = run_cli("explain", "app/billing.py:6", "--color", "never")
    assert code == 0
    assert "element identity.person_id" in out
    assert "refers to 'Client'" in out
    code, out, _ = run_cli(
        "explain", "app/billing.py:6", "--context", "app/billing.py", "--color", "never"
    )
    assert code == 0 and "not personal data" in out, "alone, the file gives no context"
    code, _, err = run_cli("explain", "app/billing.py:6", "--context", "missing")
    assert code == 2 and "--context 'missing' does not exist" in err


def test_files_alone_are_judged_with_their_project_around_them(project: Path, run_cli) -> None:
    """A pre-commit run names a few files: their fields are classified as in a whole-project
    run, and nothing from the files read for context is reported."""
    _client_and_invoice(project)

    def symbols(*argv: str) -> dict[str, str | None]:
        code, out, _ = run_cli("inventory", *argv, "--format", "json", "--no-cache")
        assert code == 0
        doc = json.loads(out)
        assert doc["summary"]["files"] == 1, "context files are read, not reported"
        return {r["symbol"]: r["element"] for r in doc["fields"]}

    found = symbols("app/billing.py")
    assert found == {"app.billing.Invoice.client_id": "identity.person_id"}
    assert symbols("app/billing.py", "--no-context") == {}
    explicit = symbols("app/billing.py", "--context", "app/people.py")
    assert explicit == {"app.billing.Invoice.client_id": "identity.person_id"}
    code, _, err = run_cli("inventory", "app/billing.py", "--context", "nowhere")
    assert code == 2 and "--context 'nowhere' does not exist" in err
    code, _, err = run_cli("check", "app/billing.py", "--context", "app", "--no-context")
    assert code == 2 and "contradict" in err


def test_include_globs_limit_the_files_checked(project: Path, run_cli) -> None:
    (project / "scripts").mkdir()
    (project / "scripts" / "one_off.py").write_text(
        "from dataclasses import dataclass\n\n\n@dataclass\nclass Person:\n"
        "    passport_number: str\n"
    )
    code, out, _ = run_cli("check", "--format", "json", "--no-cache")
    assert code == 1
    assert {f["path"] for f in json.loads(out)["findings"]} == {
        "app/models.py",
        "scripts/one_off.py",
    }
    (project / "pyproject.toml").write_text(
        '[tool.privlint]\ninclude = ["app/**"]\nselect = ["PRV0", "PRV1"]\n'
    )
    _, out, _ = run_cli("check", "--format", "json", "--no-cache")
    report = json.loads(out)
    assert {f["path"] for f in report["findings"]} == {"app/models.py"}
    assert report["summary"]["files"] == 2


def test_checking_some_files_does_not_claim_project_wide_absences(project: Path, run_cli) -> None:
    (project / "pyproject.toml").write_text('[tool.privlint]\nselect = ["PRV4"]\n')
    code, out, _ = run_cli("check", "--format", "json", "--no-cache")
    whole = {f["code"] for f in json.loads(out)["findings"]}
    assert {"PRV401", "PRV402"} <= whole, "the whole project lacks the event fields and purges"
    code, out, _ = run_cli("check", "app/models.py", "--format", "json", "--no-cache")
    assert code == 0, "a pre-commit run on one file cannot prove a purge job is missing"
    assert json.loads(out)["findings"] == []
