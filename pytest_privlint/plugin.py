"""The pytest11 entry point: options, ini values and fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from privlint.manifest.model import Manifest
from pytest_privlint.manifest import ManifestInvalid, find_manifest, load_valid_manifest


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("privlint", "privacy policy assertions (privlint)")
    group.addoption(
        "--privlint-manifest",
        dest="privlint_manifest",
        metavar="FILE",
        help="privacy.toml the privlint fixtures assert against (default: discovered)",
    )
    parser.addini(
        "privlint_manifest",
        "privacy.toml the privlint fixtures assert against (relative to the rootdir)",
        default="",
    )


@pytest.fixture(scope="session")
def privlint_manifest(pytestconfig: pytest.Config) -> Manifest:
    """The project's privacy manifest, loaded and validated once per session.

    If the manifest is missing or invalid, every test that requests it errors at setup with
    each problem as file:line:column, so a broken policy never passes silently.
    """
    explicit = pytestconfig.getoption("privlint_manifest") or pytestconfig.getini(
        "privlint_manifest"
    )
    start = Path(str(pytestconfig.rootpath))
    path = find_manifest(start, explicit or None)
    try:
        return load_valid_manifest(path)
    except (ManifestInvalid, FileNotFoundError) as exc:
        problem = str(exc)
    pytest.fail(problem, pytrace=False)
