"""Configuration: ``[tool.privlint]`` in pyproject.toml (or ``privlint.toml``), plus CLI overrides.

Discovery follows ruff's "closest file wins": starting from the first path checked (or the
working directory), walk up to the first directory holding a ``privlint.toml``, a
``pyproject.toml`` with a ``[tool.privlint]`` table, or a ``privacy.toml``. That directory is
the project root; relative paths in the configuration are relative to it.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from privlint import toml

DEFAULT_EXCLUDE: tuple[str, ...] = (
    "**/.git/**",
    "**/.hg/**",
    "**/.venv/**",
    "**/venv/**",
    "**/.tox/**",
    "**/.nox/**",
    "**/__pycache__/**",
    "**/node_modules/**",
    "**/site-packages/**",
    "**/build/**",
    "**/dist/**",
    "**/.privlint_cache/**",
)

KNOWN_KEYS = (
    "manifest",
    "include",
    "exclude",
    "extend-exclude",
    "select",
    "ignore",
    "options",
    "rule-packs",
    "baseline",
)
PACK_KINDS = ("elements", "sinks", "legal")


class ConfigError(Exception):
    """The configuration is unusable; the message says where and what was expected."""


@dataclass(frozen=True)
class Config:
    """The effective settings of one run."""

    root: Path
    manifest: Path | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    options: Mapping[str, Any] = field(default_factory=dict)
    source: Path | None = None
    rule_packs: tuple[Path, ...] = ()
    baseline: Path | None = None  # findings accepted for now (privlint check --baseline)

    def manifest_path(self) -> Path:
        """The manifest to load: configured, else ``privacy.toml`` at the project root."""
        return self.manifest if self.manifest is not None else self.root / "privacy.toml"

    @cached_property
    def resolved_root(self) -> Path:
        return self.root.resolve()

    def relative(self, path: Path) -> str:
        """``path`` relative to the project root, as posix text (absolute if outside it)."""
        return relative_posix(path, self.resolved_root)

    @cached_property
    def _excluded_dirs(self) -> frozenset[str]:
        """Folder names excluded wherever they are (``**/.venv/**``): a set lookup, no glob."""
        return frozenset(p[3:-3] for p in self.exclude if _is_dir_name_glob(p))

    @cached_property
    def _exclude_re(self) -> re.Pattern[str]:
        return _compile(tuple(p for p in self.exclude if not _is_dir_name_glob(p)))

    @cached_property
    def _include_re(self) -> re.Pattern[str]:
        return _compile(self.include)

    def is_excluded(self, path: Path) -> bool:
        return self.excludes(self.relative(path))

    def is_included(self, path: Path) -> bool:
        return self.includes(self.relative(path))

    def excludes(self, rel: str) -> bool:
        """Whether the globs exclude a path given as :meth:`relative` text."""
        if self._excluded_dirs and not self._excluded_dirs.isdisjoint(rel.split("/")[:-1]):
            return True
        return _matches(self._exclude_re, rel)

    def includes(self, rel: str) -> bool:
        return not self.include or _matches(self._include_re, rel)

    def relative_folder(self, folder: str) -> str:
        """:meth:`relative` for a resolved folder as ``os.walk`` gives it, by string operations
        (a walk asks for every folder and file it meets): ``""`` for the root itself."""
        root = str(self.resolved_root)
        if folder == root:
            return ""
        prefix = root if root.endswith(os.sep) else root + os.sep
        rel = folder[len(prefix) :] if folder.startswith(prefix) else folder
        return rel.replace(os.sep, "/")

    def with_overrides(self, **changes: Any) -> Config:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def relative_posix(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` as posix text, absolute if it is elsewhere. ``root`` must
    be resolved; ``path`` is resolved only if it is not already under it."""
    if path.is_absolute():
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    resolved = path.resolve()
    try:
        return resolved.relative_to(root).as_posix()
    except ValueError:
        return resolved.as_posix()


def _is_dir_name_glob(pattern: str) -> bool:
    """``**/NAME/**`` with a literal NAME."""
    name = pattern[3:-3]
    return (
        pattern.startswith("**/")
        and pattern.endswith("/**")
        and bool(name)
        and not any(ch in name for ch in "*?[/")
    )


def _variants(pattern: str) -> set[str]:
    """A glob and the forms it also stands for: ``**/x`` matches ``x`` at the root too, and a
    bare path (``scripts``) matches everything below it."""
    pattern = pattern.rstrip("/")
    out = {pattern}
    if pattern.startswith("**/"):
        out.add(pattern[3:])
    if not any(ch in pattern for ch in "*?["):
        out.add(pattern + "/**")
    return out


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One regular expression for a list of globs (fnmatch semantics: ``*`` crosses ``/``)."""
    globs = {g for p in patterns for v in _variants(p) for g in (v, "*/" + v.lstrip("/"))}
    parts = [fnmatch.translate(g) for g in sorted(globs)]
    return re.compile("|".join(f"(?:{p})" for p in parts) or "(?!)")


def _matches(regex: re.Pattern[str], rel: str) -> bool:
    # A glob also matches below the root (gitignore-like): "tests/**" excludes a/tests/b.py.
    return bool(regex.match(rel) or regex.match("/" + rel))


def _glob(rel: str, pattern: str) -> bool:
    """Whether one glob matches a root-relative posix path (used by tests and tools)."""
    return _matches(_compile((pattern,)), rel)


def find_root(start: Path) -> tuple[Path, Path | None]:
    """The project root for ``start`` and the config file found there (if any)."""
    start = start.resolve()
    here = start if start.is_dir() else start.parent
    for folder in (here, *here.parents):
        for name in ("privlint.toml", ".privlint.toml"):
            if (folder / name).is_file():
                return folder, folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return folder, pyproject
        if (folder / "privacy.toml").is_file():
            return folder, None
    return (Path.cwd().resolve(), None)


def _has_tool_table(pyproject: Path) -> bool:
    try:
        data = toml.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, toml.TOMLDecodeError):
        return False
    return isinstance(data.get("tool"), dict) and "privlint" in data["tool"]


def load_config(start: Path, explicit: Path | None = None) -> Config:
    """Discover and read the configuration for a run starting at ``start``."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"config file '{explicit}' does not exist")
        root, source = explicit.resolve().parent, explicit.resolve()
    else:
        root, source = find_root(start)
    table: Mapping[str, Any] = {}
    if source is not None:
        try:
            data = toml.loads(source.read_text(encoding="utf-8"))
        except toml.TOMLDecodeError as exc:
            raise ConfigError(f"{source}: invalid TOML: {exc}") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{source}: cannot read: {exc}") from exc
        if source.name == "pyproject.toml":
            table = data.get("tool", {}).get("privlint", {})
        else:
            table = data.get("tool", {}).get("privlint", data)
    return _from_table(table, root, source)


def _from_table(table: Mapping[str, Any], root: Path, source: Path | None) -> Config:
    where = f"{source}: [tool.privlint]" if source else "[tool.privlint]"
    for key in table:
        if key not in KNOWN_KEYS:
            import difflib

            near = difflib.get_close_matches(key, KNOWN_KEYS, n=1)
            hint = f"; did you mean '{near[0]}'?" if near else ""
            raise ConfigError(f"{where}: unknown key '{key}'{hint}")

    def strings(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: '{key}' must be a list of strings")
        return tuple(value)

    manifest = table.get("manifest")
    if manifest is not None and not isinstance(manifest, str):
        raise ConfigError(f"{where}: 'manifest' must be a string path")
    baseline = table.get("baseline")
    if baseline is not None and not isinstance(baseline, str):
        raise ConfigError(f"{where}: 'baseline' must be a string path")
    options = table.get("options", {})
    if not isinstance(options, dict):
        raise ConfigError(f"{where}: 'options' must be a table")
    exclude = strings("exclude") or DEFAULT_EXCLUDE
    packs = tuple(check_pack(root / p, f"{where}: 'rule-packs'") for p in strings("rule-packs"))
    return Config(
        root=root,
        manifest=(root / manifest) if manifest else None,
        include=strings("include"),
        exclude=(*exclude, *strings("extend-exclude")),
        select=tuple(c.upper() for c in strings("select")),
        ignore=tuple(c.upper() for c in strings("ignore")),
        options={k.replace("-", "_"): v for k, v in options.items()},
        source=source,
        rule_packs=packs,
        baseline=(root / baseline) if baseline else None,
    )


def check_pack(path: Path, where: str) -> Path:
    """A project's own data pack: a folder with ``elements/``, ``sinks/`` or ``legal/`` TOML
    files that extend the built-in ``rules/`` (a domain's words for personal data, say)."""
    if not path.is_dir():
        raise ConfigError(f"{where}: rule pack '{path}' is not a directory")
    if not any((path / kind).is_dir() for kind in PACK_KINDS):
        raise ConfigError(
            f"{where}: rule pack '{path}' has none of the folders {', '.join(PACK_KINDS)}"
        )
    return path.resolve()


def split_codes(values: Sequence[str] | None) -> tuple[str, ...] | None:
    """``["PRV1,PRV201", "PRV3"]`` -> ``("PRV1", "PRV201", "PRV3")``; None stays None."""
    if values is None:
        return None
    return tuple(c.strip().upper() for v in values for c in v.split(",") if c.strip())
