"""Shared fixtures: a small fake element catalogue and the real legal facts.

The element catalogue (privlint.catalog.elements) is written concurrently; these tests only
assume it offers ``keys()``, ``in`` and ``is_special(key)``, which the fake provides.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from privlint.catalog.legal import LegalFacts, load_legal
from privlint.findings import Finding
from privlint.manifest import check_manifest, loads_manifest
from privlint.manifest.model import Manifest

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "rules"
TODAY = dt.date(2025, 6, 1)

_SPECIAL = {
    "demographic.ethnicity",
    "demographic.religion",
    "demographic.political_opinion",
    "demographic.sexual_orientation",
    "demographic.trade_union",
    "health.condition",
    "health.medication",
    "health.measurement",
    "health.insurance",
    "biometric.data",
    "genetic.data",
}
_KEYS = _SPECIAL | {
    "identity.name",
    "identity.name.first",
    "identity.name.last",
    "identity.username",
    "identity.person_id",
    "contact.email",
    "contact.phone",
    "contact.postal_address",
    "online.ip_address",
    "online.user_agent",
    "online.cookie_id",
    "behaviour.activity",
    "location.coarse",
    "location.precise",
    "employment.job_title",
    "preferences.marketing",
    "demographic.date_of_birth",
    "content.message",
    "account.status",
}


@dataclass(frozen=True)
class FakeElements:
    keys_: frozenset[str] = frozenset(_KEYS)

    def keys(self) -> frozenset[str]:
        return self.keys_

    def __contains__(self, key: object) -> bool:
        return key in self.keys_

    def is_special(self, key: str) -> bool:
        return key in _SPECIAL


@dataclass(frozen=True)
class FakeCatalog:
    elements: FakeElements
    legal: LegalFacts


@pytest.fixture(scope="session")
def legal() -> LegalFacts:
    return load_legal(sorted((RULES / "legal").glob("*.toml")))


@pytest.fixture(scope="session")
def catalog(legal: LegalFacts) -> FakeCatalog:
    return FakeCatalog(FakeElements(), legal)


@pytest.fixture(scope="session")
def base_text() -> str:
    return (RULES / "docs" / "_base.toml").read_text(encoding="utf-8")


def load(text: str) -> Manifest:
    result = loads_manifest(text)
    assert result.manifest is not None, result.findings
    return result.manifest


def run_all(text: str, catalog: FakeCatalog, **options: object) -> list[Finding]:
    """Loader findings plus semantic findings, as the engine would report them."""
    result = loads_manifest(text)
    findings = list(result.findings)
    if result.manifest is not None:
        findings += check_manifest(result.manifest, catalog, today=TODAY, options=options)
    return findings


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]
