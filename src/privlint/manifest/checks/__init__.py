"""Semantic checks on a loaded manifest (PRV003-PRV060), before any code is read.

One module per theme (references, elements, bases, retention, transfers, cookies, rights,
orphans). Each finding points at the offending key in privacy.toml and names the manifest
entries (and catalogue or legal facts) it consulted, so that the author can see why without
reading code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from privlint.findings import Finding
from privlint.manifest import model as m
from privlint.manifest.checks._common import Run
from privlint.manifest.checks.bases import check_bases, check_special
from privlint.manifest.checks.cookies import check_cookies
from privlint.manifest.checks.elements import check_elements
from privlint.manifest.checks.orphans import check_orphans
from privlint.manifest.checks.references import check_references
from privlint.manifest.checks.retention import check_retention
from privlint.manifest.checks.rights import check_rights
from privlint.manifest.checks.transfers import check_staleness, check_transfers

__all__ = ["check_manifest"]


def check_manifest(
    manifest: m.Manifest,
    catalog: Any,
    *,
    today: dt.date | None = None,
    options: Mapping[str, Any] | None = None,
) -> list[Finding]:
    """Every PRV0xx semantic finding for ``manifest``, sorted by position.

    ``catalog`` needs ``elements`` (``keys()``, ``in``, ``is_special(key)``) and ``legal``
    (:class:`privlint.catalog.legal.LegalFacts`). ``options``: ``cookie_max_expiry`` (ISO
    duration, default P13M) and ``stale_after_months`` (default 12).
    """
    run = Run(manifest, catalog, today or dt.date.today(), dict(options or {}))
    for check in (
        check_references,
        check_elements,
        check_bases,
        check_special,
        check_retention,
        check_transfers,
        check_staleness,
        check_cookies,
        check_rights,
        check_orphans,
    ):
        check(run)
    return sorted(run.findings, key=Finding.sort_key)
