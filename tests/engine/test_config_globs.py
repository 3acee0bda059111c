"""Include/exclude globs: fnmatch semantics, matching below the root like .gitignore."""

from __future__ import annotations

from pathlib import Path

import pytest

from privlint.config import Config, _glob


@pytest.mark.parametrize(
    ("rel", "pattern", "expected"),
    [
        ("tests/a.py", "tests/**", True),
        ("a/tests/b.py", "tests/**", True),
        ("app/models.py", "app/models.py", True),
        ("x/app/models.py", "app/models.py", True),
        ("scripts/x.py", "scripts", True),
        (".venv/lib/x.py", "**/.venv/**", True),
        ("app/models.py", "tests/**", False),
        ("src/a.py", "app/**", False),
        ("a/b/c.py", "**/b/**", True),
        ("a/build_tools/c.py", "**/build/**", False),
    ],
)
def test_glob(rel: str, pattern: str, expected: bool) -> None:
    assert _glob(rel, pattern) is expected


def test_default_excludes_prune_tool_folders(tmp_path: Path) -> None:
    config = Config(root=tmp_path)
    assert config.is_excluded(tmp_path / "pkg" / ".venv" / "lib" / "x.py")
    assert config.is_excluded(tmp_path / "node_modules" / "x.py")
    assert not config.is_excluded(tmp_path / "pkg" / "venvironment.py")
    assert not config.is_excluded(tmp_path / "pkg" / "models.py")
