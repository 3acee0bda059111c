"""The examples' manifests: contact_centre is clean, planted_defects fires exactly as listed.

The manifest rows are checked with the loader and ``check_manifest`` directly. The code rows
of EXPECTED.md need the whole engine (extractors and classifier), so that test runs the CLI
and is skipped until ``privlint check`` can start.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from privlint.catalog import load_catalog
from privlint.findings import Severity
from privlint.manifest import check_manifest, load_manifest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
PLANTED = EXAMPLES / "planted_defects"
TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def catalog() -> Any:
    return load_catalog()


def _findings(path: Path, catalog: Any) -> list[Any]:
    result = load_manifest(path)
    assert result.manifest is not None, [f.message for f in result.findings]
    return [*result.findings, *check_manifest(result.manifest, catalog, today=TODAY)]


def _expected(section: str) -> set[tuple[str, str, int]]:
    """``(code, file, line)`` rows of one section of EXPECTED.md."""
    text = (PLANTED / "EXPECTED.md").read_text(encoding="utf-8")
    body = text.split(f"## {section}", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| (PRV\d{3}) \| ([\w/.]+):(\d+) \|", body, re.MULTILINE)
    assert rows, f"no rows under {section!r}"
    return {(code, file, int(line)) for code, file, line in rows}


def test_contact_centre_manifest_has_no_errors_or_warnings(catalog) -> None:
    findings = _findings(EXAMPLES / "contact_centre/privacy.toml", catalog)
    loud = [f for f in findings if f.severity is not Severity.NOTE]
    assert loud == [], "\n".join(f"{f.code} line {f.span.line}: {f.message}" for f in loud)


def test_contact_centre_manifest_covers_the_notice() -> None:
    manifest = load_manifest(EXAMPLES / "contact_centre/privacy.toml").manifest
    assert manifest is not None
    assert set(manifest.categories) >= {
        "usage",
        "contract",
        "account",
        "correspondence",
        "marketing",
        "crm",
    }
    assert manifest.categories["crm"].role == "processor"
    bases = {p.basis for p in manifest.purposes.values()}
    assert bases >= {"contract", "legitimate_interests", "legal_obligation", "vital_interests"}
    retention = {k: c.retention.describe() for k, c in manifest.categories.items()}
    assert retention["usage"] == "P1Y after usage.collected"
    assert retention["account"] == "P6M after contract.terminated"
    assert "latest of correspondence.sent, contract.terminated" in retention["correspondence"]
    assert manifest.categories["marketing"].retention.keep[0].form == "sha256"
    transfers = {
        country: mechanism
        for recipient in manifest.recipients.values()
        for country, mechanism in recipient.transfers.items()
    }
    assert "privacy_shield" not in transfers.values()
    assert transfers["NZ"] == "adequacy" and transfers["US"] == "dpf"
    assert set(manifest.cookies) >= {"__cfduid", "BizoID", "BizoUserMatchHistory", "bcookie"}
    assert manifest.rights.sla == "P1M"


def test_planted_manifest_fires_exactly_what_expected_lists(catalog) -> None:
    found = {
        (f.code, "privacy.toml", f.span.line) for f in _findings(PLANTED / "privacy.toml", catalog)
    }
    assert found == _expected("Manifest: `privacy.toml`")


def test_broken_manifest_is_a_syntax_error() -> None:
    result = load_manifest(PLANTED / "broken_manifest/privacy.toml")
    assert result.manifest is None
    found = {(f.code, "broken_manifest/privacy.toml", f.span.line) for f in result.findings}
    assert found == _expected("Manifest that is not TOML")


def test_stale_manifest_warns_that_legal_facts_need_rechecking() -> None:
    result = load_manifest(PLANTED / "stale_manifest/privacy.toml")
    assert result.manifest is not None and not result.findings
    findings = check_manifest(result.manifest, load_catalog(), today=TODAY)
    found = {(f.code, "stale_manifest/privacy.toml", f.span.line) for f in findings}
    assert found == _expected("Legal facts out of date")


def _privlint(*args: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "privlint", "check", *args, "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.stdout, proc.stderr
    return json.loads(proc.stdout)


def test_planted_code_defects_fire_where_expected() -> None:
    report = _privlint(
        "examples/planted_defects", "--select", "PRV000,PRV101,PRV102,PRV103,PRV104,PRV105"
    )
    found = {
        (f["code"], f["path"].split("planted_defects/", 1)[-1], f["line"])
        for f in report["findings"]
        if "/flows/" not in f["path"]
    }
    expected = _expected("Code: `shop/models.py`") | _expected("Input privlint cannot read")
    assert expected <= found, sorted(expected - found)


def test_contact_centre_code_is_clean() -> None:
    report = _privlint("examples/contact_centre")
    loud = [f for f in report["findings"] if f.get("severity") != "note"]
    assert loud == [], json.dumps(loud, indent=1)[:4000]
