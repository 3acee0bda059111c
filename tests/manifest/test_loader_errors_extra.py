"""Manifest files that cannot be read as text: located, never a traceback."""

from __future__ import annotations

from pathlib import Path

from privlint.manifest import load_manifest


def test_non_utf8_manifest_points_at_the_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "privacy.toml"
    path.write_bytes(b'version = 1\n[organisation]\nname = "caf\xe9"\n')
    result = load_manifest(path, "privacy.toml")
    assert result.manifest is None
    (finding,) = result.findings
    assert finding.code == "PRV001"
    assert (finding.span.line, finding.span.column) == (3, 12)
    assert "not valid UTF-8" in finding.message and "0xe9" in finding.message


def test_unreadable_manifest_is_prv001(tmp_path: Path) -> None:
    result = load_manifest(tmp_path, "privacy.toml")
    assert result.manifest is None
    assert result.findings[0].code == "PRV001"
    assert "cannot read the manifest" in result.findings[0].message
