"""The pytest11 plugin, exercised in real pytest sessions through ``pytester``."""

from __future__ import annotations

import shutil

import pytest

from privlint.catalog import rules_root

pytest_plugins = ["pytester"]

BASE = rules_root() / "docs" / "_base.toml"

USES_FIXTURE = """
def test_manifest(privlint_manifest):
    assert privlint_manifest.organisation.establishment
    assert "account" in privlint_manifest.categories
    assert privlint_manifest.categories["account"].retention is not None
"""


def test_plugin_is_registered_through_the_entry_point(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--help")
    result.stdout.fnmatch_lines(["*privlint*", "*--privlint-manifest=FILE*"])


def test_fixture_loads_privacy_toml_at_the_rootdir(pytester: pytest.Pytester) -> None:
    shutil.copy(BASE, pytester.path / "privacy.toml")
    pytester.makepyfile(USES_FIXTURE)
    pytester.runpytest().assert_outcomes(passed=1)


def test_fixture_follows_the_ini_option(pytester: pytest.Pytester) -> None:
    (pytester.path / "policy").mkdir()
    shutil.copy(BASE, pytester.path / "policy" / "notice.toml")
    pytester.makeini("[pytest]\nprivlint_manifest = policy/notice.toml\n")
    pytester.makepyfile(USES_FIXTURE)
    pytester.runpytest().assert_outcomes(passed=1)


def test_fixture_follows_the_command_line_option(pytester: pytest.Pytester) -> None:
    shutil.copy(BASE, pytester.path / "other.toml")
    pytester.makepyfile(USES_FIXTURE)
    pytester.runpytest("--privlint-manifest", "other.toml").assert_outcomes(passed=1)


def test_invalid_manifest_errors_with_locations(pytester: pytest.Pytester) -> None:
    text = BASE.read_text().replace("[organisation]", "[organisation]\nnmae = 'typo'", 1)
    (pytester.path / "privacy.toml").write_text(text)
    pytester.makepyfile(USES_FIXTURE)
    result = pytester.runpytest()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*privacy manifest*is invalid*", "*privacy.toml:*:*: PRV002*"])
    assert "Traceback" not in result.stdout.str()


def test_manifest_that_is_not_toml_fails_with_its_position(pytester: pytest.Pytester) -> None:
    (pytester.path / "privacy.toml").write_text('version = 1\n[organisation\nname = "x"\n')
    pytester.makepyfile(USES_FIXTURE)
    result = pytester.runpytest()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*privacy.toml:2:*PRV001*"])


def test_semantic_errors_fail_too(pytester: pytest.Pytester) -> None:
    text = BASE.read_text() + '\n[recipients.us_crm]\nrole = "processor"\ncountries = ["US"]\n'
    text += '[recipients.us_crm.transfers]\nUS = "privacy_shield"\n'
    (pytester.path / "privacy.toml").write_text(text)
    pytester.makepyfile(USES_FIXTURE)
    result = pytester.runpytest()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*PRV031*privacy_shield*"])


def test_missing_manifest_says_how_to_configure_it(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(USES_FIXTURE)
    result = pytester.runpytest()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*privacy manifest*not found*privlint_manifest*"])


def test_suites_that_do_not_use_the_fixture_are_unaffected(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("def test_plain():\n    assert True\n")
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1)


def test_fixture_in_a_subprocess(pytester: pytest.Pytester) -> None:
    shutil.copy(BASE, pytester.path / "privacy.toml")
    pytester.makepyfile(USES_FIXTURE)
    pytester.runpytest_subprocess().assert_outcomes(passed=1)
