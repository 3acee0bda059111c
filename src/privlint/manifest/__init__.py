"""The policy manifest: load privacy.toml (with located schema findings) and check it."""

from __future__ import annotations

from privlint.manifest.checks import check_manifest
from privlint.manifest.durations import parse_duration
from privlint.manifest.loader import ManifestResult, load_manifest, loads_manifest
from privlint.manifest.locate import locate
from privlint.manifest.model import Manifest

__all__ = [
    "Manifest",
    "ManifestResult",
    "check_manifest",
    "load_manifest",
    "loads_manifest",
    "locate",
    "parse_duration",
]
