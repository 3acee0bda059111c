"""The loader: a complete manifest loads cleanly, and each schema problem is located."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from privlint.findings import Finding, Severity
from privlint.manifest import load_manifest, loads_manifest

from .conftest import FakeCatalog, run_all

DATA = Path(__file__).parent / "data"
HEAD = 'version = 1\n[organisation]\nname = "X"\nestablishment = "GB"\n'


def only(findings: tuple[Finding, ...], code: str = "PRV002") -> Finding:
    assert [f.code for f in findings] == [code], [f.message for f in findings]
    return findings[0]


def at(finding: Finding) -> tuple[int, int]:
    return finding.span.line, finding.span.column


def test_complete_manifest_loads_every_section() -> None:
    result = load_manifest(DATA / "complete.toml", display="privacy.toml")
    assert result.findings == ()
    mf = result.manifest
    assert mf is not None and mf.path == "privacy.toml"
    assert mf.as_of == dt.date(2025, 3, 1)
    assert mf.organisation.regimes == ("uk_gdpr", "eu_gdpr", "pecr")
    assert mf.elements["health.condition.allergy"].special
    assert mf.elements["content.message.metadata"].parent == "content.message"
    assert mf.subjects["visitor"].description == "Website visitors"
    corr = mf.categories["correspondence"].retention
    assert corr is not None and corr.after_latest_of == ("message.sent", "contract.terminated")
    assert corr.period is not None and corr.period.years == 6
    marketing = mf.categories["marketing"].retention
    assert marketing is not None and marketing.until == "marketing.opted_out"
    assert marketing.keep[0].form == "sha256" and marketing.keep[0].purpose == "suppression"
    assert mf.categories["archive"].retention.indefinite  # type: ignore[union-attr]
    assert mf.categories["crm"].role == "processor"
    assert mf.events["message.sent"].field == "app.Message.sent_at"
    newsletter = mf.purposes["newsletter"]
    assert newsletter.withdrawal == "Unsubscribe link; Account settings"
    assert newsletter.marketing is not None
    assert newsletter.marketing.guard[1] == "field:app.Subscription.opted_out_at"
    assert newsletter.marketing.senders == ("app.marketing.send_newsletter",)
    assert mf.recipients["analytics_provider"].transfers == {"US": "dpf"}
    assert mf.recipients["group_companies"].transfers == {"US": "sccs"}
    assert mf.cookies["_ga"].provider == "analytics_provider"
    assert mf.rights.sla == "P1M"
    assert mf.rights.rights["portability"].options["formats"] == ("json", "csv")
    assert mf.rights.rights["complain"].handler is None
    binds = {b.target: b for b in mf.bindings}
    assert binds["app.models.Message"].is_class()
    assert binds["app.models.User.email"].value == "contact.email"
    assert binds["app.models.User.theme"].not_personal
    crm = mf.processor["crm_hosting"]
    assert crm.controllers == ("each business customer",) and crm.cookies == ("chat_session",)


def test_complete_manifest_checks_clean(catalog: FakeCatalog) -> None:
    text = (DATA / "complete.toml").read_text(encoding="utf-8")
    findings = run_all(text, catalog)
    assert [f.message for f in findings if f.severity != Severity.NOTE] == []


def line_of(needle: str, after: str = "") -> int:
    """The 1-based line of ``needle`` in complete.toml (after the line holding ``after``)."""
    lines = (DATA / "complete.toml").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if after in line) if after else 0
    return next(i for i, line in enumerate(lines) if i >= start and needle in line) + 1


def test_spans_are_filled() -> None:
    mf = load_manifest(DATA / "complete.toml").manifest
    assert mf is not None
    usage = mf.categories["usage"]
    assert usage.span.line == line_of("[categories.usage]")
    assert usage.at("elements").line == line_of("elements", "[categories.usage]")
    assert usage.retention is not None
    assert usage.retention.span.line == line_of("[categories.usage.retention]")
    keep = mf.categories["marketing"].retention.keep[0]  # type: ignore[union-attr]
    assert keep.span.line == line_of("[[categories.marketing.retention.keep]]")
    assert keep.at("form").line == line_of('form = "sha256"')
    spans = mf.recipients["analytics_provider"].transfer_spans
    assert (spans["US"].line, spans["US"].column) == (line_of('{ US = "dpf" }'), 15)
    assert mf.rights.rights["erasure"].at("exempt_purposes").line == line_of("exempt_purposes")
    assert mf.rights.rights["portability"].span.line == line_of("[rights.portability]")
    assert mf.at("as_of").line == 3
    assert mf.categories["usage"].at("elements[1]").column == 34


def test_syntax_error_at_the_decoder_position() -> None:
    result = loads_manifest('version = 1\n[organisation]\nname = "X\n')
    assert result.manifest is None
    finding = only(result.findings, "PRV001")
    assert at(finding) == (3, 10)  # tomllib points at the end of the line
    assert "not valid TOML" in finding.message and "(at line" not in finding.message


def test_syntax_error_at_end_of_document() -> None:
    finding = only(loads_manifest("version = 1\nx = [1,\n").findings, "PRV001")
    assert finding.span.line >= 2


def test_unreadable_file(tmp_path: Path) -> None:
    result = load_manifest(tmp_path / "missing.toml", display="missing.toml")
    assert result.manifest is None
    assert only(result.findings, "PRV001").path == "missing.toml"


def test_unknown_key_with_did_you_mean() -> None:
    text = HEAD + '[categories.account]\nelements = ["contact.email"]\nretension = {}\n'
    finding = only(loads_manifest(text).findings)
    assert at(finding) == (7, 1)
    assert "unknown key `retension`" in finding.message
    assert "did you mean 'retention'?" in finding.message
    assert finding.path == "privacy.toml" and finding.severity == Severity.ERROR


def test_unknown_top_level_section() -> None:
    finding = only(loads_manifest(HEAD + "[purpose.x]\ncategories = []\n").findings)
    assert at(finding) == (5, 1)
    assert "did you mean 'purposes'?" in finding.message


def test_unknown_key_inside_an_inline_table() -> None:
    text = HEAD + '[rights]\naccess = { handler = "a.b", fromats = ["json"] }\n'
    finding = only(loads_manifest(text).findings)
    assert at(finding) == (6, 29)
    assert "did you mean 'formats'?" in finding.message


def test_wrong_type() -> None:
    text = HEAD + '[categories.account]\nelements = "contact.email"\n'
    finding = only(loads_manifest(text).findings)
    assert at(finding) == (6, 1)
    assert "expected an array of strings, got a string ('contact.email')" in finding.message


def test_bad_enum_value_is_dropped() -> None:
    text = HEAD + '[purposes.p]\ncategories = []\nbasis = "contractual"\n'
    result = loads_manifest(text)
    finding = only(result.findings)
    assert at(finding) == (7, 1)
    assert "did you mean 'contract'?" in finding.message and "'consent'" in finding.message
    assert result.manifest is not None and result.manifest.purposes["p"].basis == ""


def test_missing_required_keys() -> None:
    result = loads_manifest('[organisation]\nname = "X"\n')
    messages = sorted(f.message for f in result.findings)
    assert any("missing the required key `version`" in m for m in messages)
    assert any("`organisation` is missing the required key `establishment`" in m for m in messages)
    located = next(f for f in result.findings if "establishment" in f.message)
    assert at(located) == (1, 1)


def test_unsupported_version() -> None:
    finding = only(loads_manifest(HEAD.replace("version = 1", "version = 2")).findings)
    assert at(finding) == (1, 1) and "unsupported manifest version 2" in finding.message


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ('as_of = "2025-01-01"\n', "expected a TOML date"),
        ('[recipients.r]\ncountries = ["Germany"]\n', "ISO 3166-1 alpha-2"),
        ('[recipients.r]\ntransfers = { usa = "sccs" }\n', "ISO 3166-1 alpha-2"),
        ('[events.e]\nfield = "closed_at"\n', "dotted code path"),
        ('[cookies.c]\ncategory = "marketing"\n', "expected one of 'authentication'"),
        ('[cookies.c]\ncategory = "status"\nnecessary = "yes"\n', "expected true or false"),
        ('[bindings]\n"app.User.email" = true\n', "or false"),
        ('[bindings]\nemail = "contact.email"\n', "module.Class"),
        ('[elements."Contact.Work"]\n', "lower-case dotted"),
        ('[categories.c]\nelements = []\nretention = { keep = "x" }\n', "array of tables"),
        ("[purposes]\np = 3\n", "expected a table, got an integer"),
        ('[rights]\naccess = { bases = ["consnt"] }\n', "did you mean 'consent'?"),
    ],
)
def test_schema_problems(snippet: str, expected: str) -> None:
    text = snippet + HEAD if snippet.startswith("as_of") else HEAD + snippet
    finding = only(loads_manifest(text).findings)
    assert expected in finding.message
    assert finding.span.line > 1 or snippet.startswith("as_of")


def test_problems_do_not_stop_loading() -> None:
    text = HEAD + (
        '[categories.a]\nelements = ["contact.email"]\ncolour = "red"\n'
        '[categories.b]\nelements = 1\n[purposes.p]\ncategories = ["a"]\nbasis = "contract"\n'
    )
    result = loads_manifest(text)
    assert [f.span.line for f in result.findings] == [7, 9]
    mf = result.manifest
    assert mf is not None and set(mf.categories) == {"a", "b"} and mf.purposes["p"].basis
