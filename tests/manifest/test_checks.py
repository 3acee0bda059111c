"""Every PRV0xx semantic rule, firing and not firing, on variations of the docs base manifest."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from privlint.findings import Finding, Severity
from privlint.manifest import check_manifest, loads_manifest
from privlint.manifest.rules import privlint_checks, privlint_rules

from .conftest import TODAY, FakeCatalog, load, run_all


@pytest.fixture
def check(base_text: str, catalog: FakeCatalog):
    def run(
        append: str = "",
        replace: tuple[tuple[str, str], ...] = (),
        code: str | None = None,
        **options: object,
    ) -> list[Finding]:
        text = base_text
        for old, new in replace:
            assert old in text, old
            text = text.replace(old, new)
        findings = run_all(text + "\n" + append, catalog, **options)
        return [f for f in findings if code is None or f.code == code]

    return run


def line_in(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_base_is_clean(check) -> None:
    assert check() == []


# ---- PRV003 --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("replace", "append", "expected"),
    [
        (('categories = ["usage"]', 'categories = ["usages"]'), "", "category 'usages'"),
        (('recipients = ["hosting"]\ncookies', 'recipients = ["host"]\ncookies'), "", "'host'"),
        (('cookies = ["sessionid"]', 'cookies = ["session"]'), "", "cookie 'session'"),
        (
            ("", ""),
            '[purposes.x]\ncategories = ["usage"]\nbasis = "contract"\nsubjects = ["u"]\n',
            "subject 'u'",
        ),
        (('after = "account.closed"', 'after = "account.close"'), "", "event 'account.close'"),
        (('purpose = "suppression"', 'purpose = "supression"'), "", "purpose 'supression'"),
        (
            ('subjects = ["visitor", "customer"]', 'subjects = ["visitors", "customer"]'),
            "",
            "subject 'visitors'",
        ),
        (("", ""), '[cookies.x]\ncategory = "status"\nprovider = "cdn"\n', "recipient 'cdn'"),
        (("", ""), '[bindings]\n"app.Account" = "acount"\n', "category 'acount'"),
        (("", ""), '[processor.p]\ncategories = ["crm"]\n', "category 'crm'"),
        (
            ("", ""),
            '[processor.p]\ncategories = ["usage"]\nsub_processors = ["dc"]\n',
            "recipient 'dc'",
        ),
        (("", ""), '[processor.p]\ncategories = ["usage"]\ncookies = ["chat"]\n', "cookie 'chat'"),
        (
            ('exempt_purposes = ["suppression"]', 'exempt_purposes = ["legal_claims"]'),
            "",
            "purpose 'legal_claims'",
        ),
    ],
)
def test_dangling(check, replace: tuple[str, str], append: str, expected: str) -> None:
    findings = check(append, (replace,) if replace[0] else (), code="PRV003")
    assert len(findings) == 1 and expected in findings[0].message, findings
    assert findings[0].span.line > 1


def test_dangling_points_at_the_list_item(base_text: str, catalog: FakeCatalog) -> None:
    text = base_text.replace(
        'categories = ["account", "contact"]', 'categories = ["account", "contakt"]'
    )
    finding = next(f for f in run_all(text, catalog) if f.code == "PRV003")
    assert finding.span.line == line_in(text, '"contakt"')
    assert finding.span.column == len('categories = ["account", ') + 1
    assert "did you mean 'contact'?" in finding.message
    assert ("declared", "account, contact, marketing, usage") in finding.explanation.steps


# ---- PRV004 --------------------------------------------------------------------------------
def test_unknown_element_and_known_parents(check) -> None:
    findings = check(
        replace=(('"location.coarse"]', '"location.rough", "health"]'),), code="PRV004"
    )
    assert [f.element for f in findings] == ["location.rough"]


def test_unknown_element_in_keep_and_binding(check) -> None:
    findings = check(
        '[bindings]\n"app.User.mail" = "contact.mail"\n"app.User.x" = "contact.email"\n',
        (
            (
                'elements = ["contact.email", "preferences.marketing"]\nstore',
                'elements = ["contact.emial"]\nstore',
            ),
        ),
        code="PRV004",
    )
    assert sorted(f.element or "" for f in findings) == ["contact.emial", "contact.mail"]


def test_extension_parent(check) -> None:
    ok = (
        '[elements."contact.email.work"]\n[elements."crm"]\n'
        '[elements."crm.ticket"]\nparent = "crm"\n'
    )
    assert check(ok, code="PRV004") == []
    bad = '[elements."contact.work"]\nparent = "contact.email"\n'
    findings = check(bad, code="PRV004")
    assert len(findings) == 1 and "must sit under its parent" in findings[0].message


# ---- PRV010, PRV011 ------------------------------------------------------------------------
def test_missing_basis_but_not_twice_for_a_bad_one(check) -> None:
    missing = check(replace=(('basis = "contract"\n', ""),), code="PRV010")
    assert len(missing) == 1 and "purpose 'service'" in missing[0].message
    bad = check(replace=(('basis = "contract"', 'basis = "contracts"'),))
    assert [f.code for f in bad] == ["PRV002"]


@pytest.mark.parametrize(
    ("replace", "expected"),
    [
        (('withdrawal = "Unsubscribe link in every e-mail"\n', ""), "how it is withdrawn"),
        (('withdraw_consent = { handler = "app.rights.unsubscribe" }\n', ""), "withdraw_consent"),
        (
            ('law = "Privacy and Electronic Communications Regulations 2003, reg. 22"\n', ""),
            "cites no law",
        ),
        (("reg. 22", "reg. TODO"), "placeholder"),
        (("Privacy and Electronic Communications Regulations 2003, reg. 22", "TBD"), "placeholder"),
        (
            ("Privacy and Electronic Communications Regulations 2003, reg. 22", "<statute>"),
            "placeholder",
        ),
        (('interest = "Monitoring and improving the website"\n', ""), "which: add `interest"),
        (('object = { handler = "app.rights.object" }\n', ""), "`object ="),
        (('basis = "legal_obligation"\nlaw', 'basis = "public_task"\nlaw'), None),
        (('basis = "legal_obligation"\nlaw =', 'basis = "public_task"\nlia ='), "cites no law"),
        (
            ('basis = "contract"\nrecipients', 'basis = "vital_interests"\nrecipients'),
            "justification",
        ),
    ],
)
def test_basis_requirements(check, replace: tuple[str, str], expected: str | None) -> None:
    findings = check(replace=(replace,), code="PRV011")
    if expected is None:
        assert findings == []
    else:
        assert len(findings) == 1 and expected in findings[0].message, findings


def test_basis_finding_is_at_the_basis_line(base_text: str, catalog: FakeCatalog) -> None:
    text = base_text.replace('withdrawal = "Unsubscribe link in every e-mail"\n', "")
    finding = next(f for f in run_all(text, catalog) if f.code == "PRV011")
    assert finding.span.line == line_in(text, 'basis = "consent"')


# ---- PRV012 --------------------------------------------------------------------------------
def test_special_category(check) -> None:
    swap = ('"location.coarse"]', '"location.coarse", "health"]')
    findings = check(replace=(swap,), code="PRV012")
    assert len(findings) == 1 and findings[0].category == "usage"
    assert "covers health." in findings[0].explanation.summary()
    fixed = (
        'interest = "Monitoring',
        'special_condition = "explicit_consent"\ninterest = "Monitoring',
    )
    assert check(replace=(swap, fixed), code="PRV012") == []


def test_special_extension_and_bad_condition(check) -> None:
    ext = '[elements."behaviour.activity.prayer"]\nspecial = true\n'
    swap = ('"behaviour.activity",', '"behaviour.activity.prayer",')
    assert len(check(ext, (swap,), code="PRV012")) == 1
    bad = (
        'interest = "Monitoring',
        'special_condition = "explicit-consent"\ninterest = "Monitoring',
    )
    findings = check(replace=(bad,), code="PRV012")
    assert len(findings) == 1 and "did you mean 'explicit_consent'?" in findings[0].message


# ---- PRV020, PRV021 ------------------------------------------------------------------------
def test_missing_retention(check) -> None:
    findings = check(
        '[categories.crm]\nelements = ["contact.email"]\nrole = "processor"\n'
        '[processor.p]\ncategories = ["crm"]\n',
        code="PRV020",
    )
    assert len(findings) == 1 and findings[0].category == "crm"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('period = "P6M"', 'period = "6 months"', "got '6 months'"),
        ('period = "P6M"\nafter = "account.closed"', 'period = "P6M"', "exactly one anchor"),
        (
            'after = "account.closed"',
            'after = "account.closed"\nuntil = "account.closed"',
            "2 anchors",
        ),
        ('period = "P6M"\nafter', "after", "needs a `period`"),
        ('after = "account.closed"', 'after_latest_of = ["account.closed"]', "at least two"),
        ('period = "P6M"\nafter = "account.closed"', "indefinite = true", "justification"),
        (
            'period = "P6M"\nafter = "account.closed"',
            'indefinite = true\njustification = "x"\nafter = "account.closed"',
            "cannot be combined",
        ),
        ('form = "sha256"', 'form = "md5"', "'plain' or 'sha256'"),
        (
            'elements = ["contact.email", "preferences.marketing"]\nstore',
            'elements = ["contact.email", "identity.name"]\nstore',
            "does not hold",
        ),
    ],
)
def test_retention_grammar(check, old: str, new: str, expected: str) -> None:
    findings = check(replace=((old, new),), code="PRV021")
    assert len(findings) == 1 and expected in findings[0].message, findings


def test_retention_forms_that_pass(check) -> None:
    forms = [
        ('until = "marketing.opted_out"', 'until = "marketing.opted_out"\nperiod = "P30D"'),
        (
            'period = "P6M"\nafter = "account.closed"',
            'period = "P1Y6M"\nafter_latest_of = ["account.closed", "contract.terminated"]',
        ),
        ('period = "P6M"\nafter = "account.closed"', 'indefinite = true\njustification = "Law"'),
    ]
    for old, new in forms:
        assert check(replace=((old, new),), code="PRV021") == [], new


# ---- PRV030, PRV031, PRV032 ----------------------------------------------------------------
def _recipient(countries: str, transfers: str = "", establishment: str = "GB") -> tuple:
    table = f'[recipients.vendor]\nrole = "processor"\ncountries = {countries}\n'
    if transfers:
        table += f"[recipients.vendor.transfers]\n{transfers}\n"
    return (
        table + '[purposes.extra]\ncategories = ["usage"]\nbasis = "contract"\n'
        'recipients = ["vendor"]\n',
        (('establishment = "GB"', f'establishment = "{establishment}"'),),
    )


@pytest.mark.parametrize(
    ("countries", "transfers", "est", "expected"),
    [
        ('["IN"]', "", "GB", ["IN"]),
        ('["DE", "FR", "GI", "NZ", "KR"]', "", "GB", []),
        ('["FR", "NO"]', "", "DE", []),
        ('["GI"]', "", "DE", ["GI"]),
        ('["US", "CH"]', "", "GB", ["US"]),
        ('["US"]', 'US = "sccs"', "GB", []),
    ],
)
def test_transfer_without_mechanism(
    check,
    countries: str,
    transfers: str,
    est: str,
    expected: list[str],
) -> None:
    append, replace = _recipient(countries, transfers, est)
    findings = check(append, replace, code="PRV030")
    assert [f.message.split(" in ")[1][:2] for f in findings] == expected


def test_processor_transfer_without_mechanism(check) -> None:
    findings = check(
        '[processor.p]\ncategories = ["usage"]\ntransfers = { IN = "" }\n', code="PRV030"
    )
    assert len(findings) == 1


@pytest.mark.parametrize(
    ("transfers", "as_of", "est", "expected"),
    [
        ('US = "privacy_shield"', "2025-01-01", "GB", "C-311/18"),
        ('US = "privacy_shield"', "2019-01-01", "DE", "2020-07-16"),
        ('IN = "adequacy"', "2025-01-01", "GB", "no adequacy decision"),
        ('US = "dpf"', "2023-08-01", "GB", "2023-10-12"),
        ('US = "dpf"', "2023-07-01", "DE", "2023-07-10"),
        ('CA = "dpf"', "2025-01-01", "GB", "covers only US"),
        ('IN = "contract"', "2025-01-01", "GB", "not a known transfer mechanism"),
        ('IN = "uk_idta"', "2025-01-01", "DE", "not available"),
        ('FR = "privacy_shield"', "2025-01-01", "DE", "no longer valid"),
    ],
)
def test_invalid_mechanism(check, transfers: str, as_of: str, est: str, expected: str) -> None:
    country = transfers[:2]
    append, replace = _recipient(f'["{country}"]', transfers, est)
    replace = (*replace, ("as_of = 2099-01-01", f"as_of = {as_of}"))
    findings = check(append, replace, code="PRV031")
    assert len(findings) == 1 and expected in findings[0].message, findings
    assert any(label == "legal" for label, _ in findings[0].explanation.steps)


@pytest.mark.parametrize(
    ("transfers", "as_of", "est"),
    [
        ('US = "dpf"', "2023-10-12", "GB"),
        ('US = "dpf"', "2023-07-10", "DE"),
        ('NZ = "adequacy"', "2025-01-01", "DE"),
        ('IN = "uk_idta"', "2025-01-01", "GB"),
        ('FR = "sccs"', "2025-01-01", "DE"),
    ],
)
def test_valid_mechanism(check, transfers: str, as_of: str, est: str) -> None:
    append, replace = _recipient(f'["{transfers[:2]}"]', transfers, est)
    replace = (*replace, ("as_of = 2099-01-01", f"as_of = {as_of}"))
    assert check(append, replace, code="PRV031") == []


def test_stale_legal_facts(check) -> None:
    stale = check(replace=(("as_of = 2099-01-01", "as_of = 2024-05-31"),), code="PRV032")
    assert len(stale) == 1 and stale[0].severity == Severity.WARNING
    assert stale[0].span.line == 3
    fresh = check(replace=(("as_of = 2099-01-01", "as_of = 2024-06-01"),), code="PRV032")
    assert fresh == []
    missing = check(replace=(("as_of = 2099-01-01", ""),), code="PRV032")
    assert len(missing) == 1 and "no `as_of`" in missing[0].message
    longer = check(
        replace=(("as_of = 2099-01-01", "as_of = 2024-01-01"),),
        code="PRV032",
        stale_after_months=24,
    )
    assert longer == []


# ---- PRV040, PRV041, PRV042 ----------------------------------------------------------------
def test_cookies(check) -> None:
    ads = '[cookies.ad]\ncategory = "advertising"\nnecessary = true\nexpiry = "1 year"\n'
    assert len(check(ads, code="PRV040")) == 1
    assert len(check(ads, code="PRV041")) == 1
    expiry = check(ads, code="PRV042")
    assert len(expiry) == 1 and "neither" in expiry[0].message
    claimed = '[processor.p]\ncategories = ["usage"]\ncookies = ["ad"]\n'
    assert check(ads + claimed, code="PRV041") == []
    necessary = '[cookies.csrf]\ncategory = "security"\nnecessary = true\nexpiry = "P1Y"\n'
    assert check(necessary, code="PRV040") == []


def test_cookie_expiry_ceiling(check) -> None:
    long = '[cookies.ga]\ncategory = "analysis"\nexpiry = "P14M"\n'
    assert len(check(long, code="PRV042")) == 1
    assert check(long, code="PRV042", cookie_max_expiry="P2Y") == []
    assert check(long.replace("P14M", "P13M"), code="PRV042") == []


# ---- PRV050, PRV051 ------------------------------------------------------------------------
def test_rights_missing_entirely(catalog: FakeCatalog) -> None:
    mf = load('version = 1\n[organisation]\nname = "X"\nestablishment = "GB"\n')
    findings = check_manifest(mf, catalog, today=TODAY)
    rights = [f for f in findings if f.code == "PRV050"]
    assert len(rights) == 9
    assert [f for f in findings if f.code == "PRV051"]


def test_right_without_handler(check) -> None:
    findings = check(
        replace=(('rectification = { handler = "app.rights.rectify" }', "rectification = {}"),),
        code="PRV050",
    )
    assert len(findings) == 1 and "no `handler`" in findings[0].message
    complain = check(
        replace=(('complain = { authority = "ICO" }', "complain = {}"),), code="PRV050"
    )
    assert complain == []


@pytest.mark.parametrize(
    ("sla", "fails"),
    [
        ("P1M", False),
        ("P31D", False),
        ("P2W", False),
        ("P5W", True),
        ("P2M", True),
        ("one month", True),
        (None, True),
    ],
)
def test_rights_sla(check, sla: str | None, fails: bool) -> None:
    new = f'sla = "{sla}"\n' if sla else ""
    findings = check(replace=(('sla = "P1M"\n', new),), code="PRV051")
    assert bool(findings) is fails


# ---- PRV060 --------------------------------------------------------------------------------
def test_orphans(check) -> None:
    extra = (
        '[subjects.ghost]\n[events."never.used"]\nfield = "app.X.y"\n'
        '[recipients.unused]\nrole = "processor"\n'
        '[recipients.cdn]\nrole = "processor"\n'
        '[cookies.c]\ncategory = "security"\nprovider = "cdn"\n'
        '[categories.bound]\nelements = ["contact.phone"]\n'
        '[categories.bound.retention]\nperiod = "P1Y"\nafter = "account.closed"\n'
        '[categories.lonely]\nelements = ["contact.phone"]\n'
        '[categories.lonely.retention]\nperiod = "P1Y"\nafter = "account.closed"\n'
        '[bindings]\n"app.Phone" = "bound"\n'
    )
    findings = check(extra, code="PRV060")
    assert all(f.severity == Severity.NOTE for f in findings)
    named = sorted(f.message.split("'")[1] for f in findings)
    assert named == ["ghost", "lonely", "never.used", "unused"]


# ---- the plugin seam -----------------------------------------------------------------------
def test_plugin_declares_every_code_and_runs(base_text: str, catalog: FakeCatalog) -> None:
    rules = privlint_rules()
    codes = [r.code for r in rules]
    assert codes == sorted(codes) and len(codes) == 18
    assert {r.code: r.severity for r in rules}["PRV060"] == Severity.NOTE
    (check_,) = privlint_checks()
    assert check_.name == "manifest" and set(check_.codes) == set(codes)
    text = base_text.replace('sla = "P1M"', 'sla = "P3M"')
    manifest = loads_manifest(text).manifest
    ctx = SimpleNamespace(manifest=manifest, catalog=catalog, options={})
    assert [f.code for f in check_.run(ctx)] == ["PRV051"]  # type: ignore[arg-type]


def test_findings_are_sorted_and_name_the_manifest(base_text: str, catalog: FakeCatalog) -> None:
    text = base_text.replace("as_of = 2099-01-01", "as_of = 2020-01-01").replace(
        'cookies = ["sessionid"]', 'cookies = ["x"]'
    )
    result = loads_manifest(text, "config/privacy.toml")
    assert result.manifest is not None
    findings = check_manifest(result.manifest, catalog, today=dt.date(2025, 1, 1))
    assert findings == sorted(findings, key=Finding.sort_key)
    assert {f.path for f in findings} == {"config/privacy.toml"}
    assert all(f.explanation.steps for f in findings)
