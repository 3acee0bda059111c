"""privlint checks its own code: it holds no personal data and sends none anywhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from privlint.cli import main

ROOT = Path(__file__).resolve().parents[1]

# privlint processes no personal data of its own: an organisation and nothing else.
MANIFEST = """\
version = 1
as_of = 2026-11-01

[organisation]
name = "privlint developers"
establishment = "GB"
"""


def test_privlint_code_holds_and_sends_no_personal_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "privacy.toml"
    manifest.write_text(MANIFEST)
    code = main(
        [
            "check",
            str(ROOT / "src"),
            str(ROOT / "pytest_privlint"),
            "--manifest",
            str(manifest),
            "--select",
            "PRV000,PRV1,PRV2,PRV3,PRV5",
            "--format",
            "json",
            "--no-cache",
        ]
    )
    report = json.loads(capsys.readouterr().out)
    assert report["findings"] == []
    assert code == 0
    assert report["summary"]["files"] > 50
