from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from privlint.catalog import rules_root

MODELS = """\
from django.db import models


class Account(models.Model):
    email = models.EmailField()
    username = models.CharField(max_length=40)
    passport_number = models.CharField(max_length=20)
"""


# These tests are about the command line and the declaration rules; the flow rules have their
# own tests (tests/flows) and would fire here on the deliberately incomplete app.
PYPROJECT = """\
[tool.privlint]
select = ["PRV0", "PRV1"]
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small project: the docs base manifest and one model with one undeclared field."""
    root = tmp_path / "proj"
    (root / "app").mkdir(parents=True)
    shutil.copy(rules_root() / "docs" / "_base.toml", root / "privacy.toml")
    (root / "app" / "__init__.py").write_text("")
    (root / "app" / "models.py").write_text(MODELS)
    (root / "pyproject.toml").write_text(PYPROJECT)
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    from privlint.cli import main

    def _run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run
