"""privlint as a pre-commit hook (.pre-commit-hooks.yaml), run for real with pre-commit."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from privlint.catalog import rules_root

ROOT = Path(__file__).resolve().parents[2]
HOOKS = ROOT / ".pre-commit-hooks.yaml"

UNDECLARED = """\
from django.db import models


class Account(models.Model):
    email = models.EmailField()
    passport_number = models.CharField(max_length=20)
"""

CLEAN = """\
def add(a: int, b: int) -> int:
    return a + b
"""


def test_hook_manifest_runs_privlint_check_on_python_files() -> None:
    text = HOOKS.read_text(encoding="utf-8")
    assert "- id: privlint" in text
    assert "entry: privlint check" in text
    assert "language: python" in text
    assert "types: [python]" in text


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True)


@pytest.fixture
def consumer(tmp_path: Path) -> Path:
    """A project that uses the hook: a git repository with a manifest and one model."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout of privlint")
    pytest.importorskip("pre_commit")
    project = tmp_path / "consumer"
    (project / "app").mkdir(parents=True)
    shutil.copy(rules_root() / "docs" / "_base.toml", project / "privacy.toml")
    (project / "app" / "models.py").write_text(UNDECLARED)
    (project / "app" / "util.py").write_text(CLEAN)
    (project / "pyproject.toml").write_text('[tool.privlint]\nselect = ["PRV0", "PRV1"]\n')
    _git(project, "init", "-q")
    _git(project, "add", ".")
    return project


def _try_repo(project: Path, *files: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "privlint", "--files", *files],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def test_pre_commit_blocks_undeclared_personal_data_and_passes_clean_files(
    consumer: Path,
) -> None:
    failed = _try_repo(consumer, "app/models.py")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "PRV101" in failed.stdout
    assert "app/models.py" in failed.stdout

    passed = _try_repo(consumer, "app/util.py")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout


def test_hook_manifest_is_valid_yaml_for_pre_commit() -> None:
    pytest.importorskip("pre_commit")
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-manifest", str(HOOKS)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
