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


def test_a_walked_folder_is_named_as_relative_names_it(tmp_path: Path) -> None:
    config = Config(root=tmp_path)
    root = tmp_path.resolve()
    for folder in (root, root / "pkg", root / "pkg" / "sub", root.parent / "elsewhere"):
        expected = "" if folder == root else config.relative(folder)
        assert config.relative_folder(str(folder)) == expected


def test_discovery_prunes_excluded_folders_and_honours_includes(tmp_path: Path) -> None:
    from privlint.engine import discover

    for rel in ("app/models.py", "app/.venv/lib/x.py", "app/tests/test_x.py", "tools/y.py"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x = 1\n")
    base = Config(root=tmp_path)
    config = Config(root=tmp_path, exclude=(*base.exclude, "tests/**"), include=("app/**",))
    files, errors = discover([tmp_path], config)
    assert not errors
    assert [p.relative_to(tmp_path.resolve()).as_posix() for p in files] == ["app/models.py"]
