"""The Catalog: every data pack under ``rules/`` (built-in and from plugins), loaded once.

``rules/elements`` (what personal data looks like), ``rules/sinks`` (where it can go) and
``rules/legal`` (dated legal facts) are TOML, not code. A pack is a directory with any of those
sub-directories; plugins add packs through the ``privlint_rule_packs`` hook.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from privlint.catalog.elements import ElementCatalog
    from privlint.catalog.legal import LegalFacts
    from privlint.catalog.sinks import SinkCatalog


def rules_root() -> Path:
    """The built-in ``rules/`` directory: inside the installed wheel, or the source checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "rules", here.parent.parent / "rules"):
        if (candidate / "elements").is_dir():
            return candidate
    raise FileNotFoundError(f"privlint's rules/ data directory was not found near {here}")


@dataclass(frozen=True)
class Catalog:
    """Everything privlint knows about personal data, sinks and law, independent of a project."""

    elements: ElementCatalog
    sinks: SinkCatalog
    legal: LegalFacts
    packs: tuple[Path, ...]
    digest: str


def pack_files(packs: Sequence[Path], kind: str) -> list[Path]:
    """The ``*.toml`` files of one kind (``elements``, ``sinks``, ``legal``) across packs."""
    files: list[Path] = []
    for pack in packs:
        folder = pack / kind
        if folder.is_dir():
            files.extend(sorted(folder.glob("*.toml")))
    return files


def _digest(packs: Sequence[Path]) -> str:
    h = hashlib.sha256()
    for kind in ("elements", "sinks", "legal"):
        for path in pack_files(packs, kind):
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=8)
def catalog_digest(extra_packs: tuple[Path, ...] = ()) -> str:
    """The digest :func:`load_catalog` would give, from the files' bytes alone: a warm run
    whose every file and setting is cached needs no parsed catalogue at all."""
    return _digest((rules_root(), *extra_packs))


@lru_cache(maxsize=8)
def load_catalog(extra_packs: tuple[Path, ...] = ()) -> Catalog:
    """Load the built-in pack plus ``extra_packs`` (later packs extend earlier ones)."""
    from privlint.catalog.elements import load_elements
    from privlint.catalog.legal import load_legal
    from privlint.catalog.sinks import load_sinks

    packs = (rules_root(), *extra_packs)
    return Catalog(
        elements=load_elements(pack_files(packs, "elements")),
        sinks=load_sinks(pack_files(packs, "sinks")),
        legal=load_legal(pack_files(packs, "legal")),
        packs=packs,
        digest=_digest(packs),
    )
