"""Dated legal facts: what is a transfer, which mechanisms are valid on a date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from privlint.catalog.legal import LegalFacts, LegalFactsError, load_legal

D2025 = dt.date(2025, 1, 1)


def test_eea_has_thirty_states(legal: LegalFacts) -> None:
    assert len(legal.eea) == 30
    assert {"DE", "IE", "GR", "NO", "IS", "LI"} <= legal.eea
    assert "GB" not in legal.eea and "CH" not in legal.eea


def test_regime_follows_establishment(legal: LegalFacts) -> None:
    assert legal.regime_for("GB") == "uk_gdpr"
    assert legal.regime_for("FR") == "eu_gdpr"
    assert legal.regime_for("US", ["uk_gdpr"]) == "uk_gdpr"
    assert legal.regime_for("US") == "eu_gdpr"


def test_what_is_a_transfer(legal: LegalFacts) -> None:
    assert not legal.is_transfer("DE", "FR")
    assert legal.is_transfer("DE", "GB")
    assert legal.is_transfer("GB", "DE")  # a transfer, but an adequate one
    assert not legal.needs_mechanism("GB", "DE", D2025)
    assert not legal.needs_mechanism("GB", "GI", D2025)
    assert legal.needs_mechanism("DE", "GI", D2025)  # the EU decision excludes Gibraltar
    assert not legal.needs_mechanism("DE", "GB", D2025)
    assert legal.needs_mechanism("GB", "US", D2025)  # only certified recipients
    assert legal.needs_mechanism("GB", "IN", D2025)


def test_korea_under_uk_law_from_december_2022(legal: LegalFacts) -> None:
    assert legal.needs_mechanism("GB", "KR", dt.date(2022, 12, 18))
    assert not legal.needs_mechanism("GB", "KR", dt.date(2022, 12, 19))


def test_privacy_shield_is_always_invalid(legal: LegalFacts) -> None:
    ok, why = legal.mechanism_status("privacy_shield", "US", dt.date(2019, 1, 1), "eu_gdpr")
    assert not ok
    assert "2020-07-16" in why and "C-311/18" in why and "dpf" in why and "sccs" in why


@pytest.mark.parametrize(
    ("regime", "first_day"), [("eu_gdpr", dt.date(2023, 7, 10)), ("uk_gdpr", dt.date(2023, 10, 12))]
)
def test_dpf_dates(legal: LegalFacts, regime: str, first_day: dt.date) -> None:
    assert legal.mechanism_status("dpf", "US", first_day, regime)[0]
    ok, why = legal.mechanism_status("dpf", "US", first_day - dt.timedelta(days=1), regime)
    assert not ok and first_day.isoformat() in why


def test_dpf_only_for_the_us(legal: LegalFacts) -> None:
    ok, why = legal.mechanism_status("dpf", "CA", D2025, "eu_gdpr")
    assert not ok and "only US" in why


def test_adequacy(legal: LegalFacts) -> None:
    assert legal.mechanism_status("adequacy", "NZ", D2025, "eu_gdpr")[0]
    assert legal.mechanism_status("adequacy", "GB", D2025, "eu_gdpr")[0]
    assert not legal.mechanism_status("adequacy", "GB", dt.date(2021, 6, 27), "eu_gdpr")[0]
    assert legal.mechanism_status("adequacy", "GI", D2025, "uk_gdpr")[0]
    assert not legal.mechanism_status("adequacy", "GI", D2025, "eu_gdpr")[0]
    ok, why = legal.mechanism_status("adequacy", "US", D2025, "eu_gdpr")
    assert not ok and "'dpf'" in why
    ok, why = legal.mechanism_status("adequacy", "IN", D2025, "uk_gdpr")
    assert not ok and "no adequacy decision" in why


def test_other_mechanisms(legal: LegalFacts) -> None:
    assert legal.mechanism_status("sccs", "IN", D2025, "eu_gdpr")[0]
    assert legal.mechanism_status("uk_idta", "IN", D2025, "uk_gdpr")[0]
    assert not legal.mechanism_status("uk_idta", "IN", D2025, "eu_gdpr")[0]
    ok, why = legal.mechanism_status("contract_clauses", "IN", D2025, "eu_gdpr")
    assert not ok and "not a known transfer mechanism" in why and "sccs" in why


def test_later_packs_extend(tmp_path: Path, legal: LegalFacts) -> None:
    extra = tmp_path / "extra.toml"
    extra.write_text(
        '[[adequacy]]\nregime = "eu_gdpr"\ncountry = "ZZ"\nname = "Testland"\n'
        'since = 2024-01-01\nsource = "test"\n',
        encoding="utf-8",
    )
    base = sorted((Path(__file__).resolve().parents[2] / "rules" / "legal").glob("*.toml"))
    merged = load_legal([*base, extra])
    assert merged.mechanism_status("adequacy", "ZZ", D2025, "eu_gdpr")[0]


def test_malformed_pack(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[adequacy]]\nregime = "eu_gdpr"\ncountry = "ZZ"\nsince = "2024"\n')
    with pytest.raises(LegalFactsError, match="expected a TOML date"):
        load_legal([bad])
