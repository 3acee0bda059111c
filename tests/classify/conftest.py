"""Shared fixtures: the built-in element catalogue and a FieldFact builder."""

from __future__ import annotations

from pathlib import Path

import pytest

from privlint.catalog import load_catalog, rules_root
from privlint.catalog.elements import ElementCatalog, load_elements
from privlint.classify import classify_field, classify_name
from privlint.facts import FieldFact, InlineAnnotation, Span


@pytest.fixture(scope="session")
def catalog() -> ElementCatalog:
    return load_elements(sorted((rules_root() / "elements").glob("*.toml")))


def make_fact(
    owner: str | None,
    name: str,
    types: tuple[str, ...] = (),
    bases: tuple[str, ...] = (),
    *,
    related: str | None = None,
    metadata: tuple[tuple[str, str], ...] = (),
    inline: InlineAnnotation | None = None,
) -> FieldFact:
    """A field fact as an extractor would make it, from (class, field, types, bases)."""
    return FieldFact(
        name=name,
        symbol=f"app.models.{owner}.{name}" if owner else f"app.models.{name}",
        kind="field",
        framework="test",
        span=Span(3, 5, 3, 40),
        owner=owner,
        owner_bases=bases,
        types=types,
        related=related,
        metadata=metadata,
        inline=inline,
    )


def field_element(
    catalog: ElementCatalog, owner: str, name: str, types: tuple[str, ...] = ()
) -> str | None:
    """The element the detector gives a field ``name`` of class ``owner``, or None."""
    result = classify_field(make_fact(owner, name, types), catalog)
    return result.element if result else None


def name_element(name: str, owner: str, types: tuple[str, ...] = ()) -> str | None:
    """The element for a bare name read from ``owner`` (as flow checks classify), or None."""
    result = classify_name(name, load_catalog(), owner=owner, types=types)
    return result.element if result else None


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path
