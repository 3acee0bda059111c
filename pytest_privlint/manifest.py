"""Find, load and validate the project's manifest for a test session."""

from __future__ import annotations

from pathlib import Path

from privlint.catalog import load_catalog
from privlint.config import load_config
from privlint.findings import Finding, Severity
from privlint.manifest import check_manifest, load_manifest
from privlint.manifest.model import Manifest
from privlint.plugins import registry


class ManifestInvalid(Exception):
    """The manifest has errors; the message lists each with file:line:column."""

    def __init__(self, path: Path, findings: list[Finding]) -> None:
        self.path = path
        self.findings = findings
        lines = [
            f"  {f.path}:{f.span.line}:{f.span.column}: {f.code} {f.message}" for f in findings
        ]
        super().__init__(
            f"privacy manifest {path} is invalid ({len(findings)} error"
            f"{'s' * (len(findings) != 1)}); fix it or run `privlint check` for details:\n"
            + "\n".join(lines)
        )


def find_manifest(start: Path, explicit: str | None = None) -> Path:
    """``explicit`` (relative to ``start``), else the configured or discovered privacy.toml."""
    if explicit:
        path = Path(explicit)
        return path if path.is_absolute() else (start / path)
    return load_config(start).manifest_path()


def load_valid_manifest(path: Path) -> Manifest:
    """Load ``path`` and run the manifest checks; raise ManifestInvalid on any error."""
    if not path.is_file():
        raise FileNotFoundError(
            f"privacy manifest {path} not found: set `privlint_manifest` in the pytest ini "
            "options, pass --privlint-manifest, or create privacy.toml at the project root"
        )
    result = load_manifest(path, str(path))
    errors = [f for f in result.findings if f.severity is Severity.ERROR]
    if result.manifest is None or errors:
        raise ManifestInvalid(path, errors or list(result.findings))
    catalog = load_catalog(registry().packs)
    problems = [f for f in check_manifest(result.manifest, catalog) if f.severity is Severity.ERROR]
    if problems:
        raise ManifestInvalid(path, sorted(problems, key=Finding.sort_key))
    return result.manifest
