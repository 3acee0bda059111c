"""Round 14's project-level rule (resolve.py ``visit_records``): a stop on a round that names
whom it visits holds that person's address, position, door code and notes; a bus stop, which
names no one, keeps its position as its own, and a stop's other values stay the round's."""

from __future__ import annotations

from privlint.analysis.extractors import ALL_EXTRACTORS
from privlint.analysis.parse import analyse_source
from privlint.catalog import load_catalog
from privlint.checks.base import ClassifiedField
from privlint.resolve import resolve_fields

ROUNDS = b"""
from dataclasses import dataclass


@dataclass
class RouteStop:
    reader_name: str
    address: str
    latitude: float
    longitude: float
    key_safe_code: str | None
    access_notes: str | None
    position: int
    eta: str | None = None


@dataclass
class Stop:
    naptan_code: str
    name: str
    latitude: float
    longitude: float
"""


def _found(source: bytes, module: str) -> dict[str, ClassifiedField]:
    facts = analyse_source(source, f"{module.replace('.', '/')}.py", module, ALL_EXTRACTORS)
    found = resolve_fields([facts], None, load_catalog())
    return {item.fact.symbol.removeprefix(module + "."): item for item in found}


def test_a_stop_that_names_whom_it_visits_holds_their_data() -> None:
    found = {k: v.classification.element for k, v in _found(ROUNDS, "homelib.rounds").items()}
    assert found.get("RouteStop.reader_name") == "identity.name"
    assert found.get("RouteStop.address") == "contact.postal_address"
    assert found.get("RouteStop.latitude") == "location.precise"
    assert found.get("RouteStop.longitude") == "location.precise"
    assert found.get("RouteStop.key_safe_code", "").startswith("credentials")
    assert found.get("RouteStop.access_notes", "").startswith("content")
    assert "RouteStop.position" not in found, "its place in the round is the round's"
    assert "RouteStop.eta" not in found


def test_a_stop_that_names_no_one_is_a_place() -> None:
    found = _found(ROUNDS, "homelib.rounds")
    assert not [symbol for symbol in found if symbol.startswith("Stop.")]


def test_the_visit_says_whom_it_visits() -> None:
    item = _found(ROUNDS, "homelib.rounds")["RouteStop.latitude"]
    context = dict(item.classification.explanation.steps)["context"]
    assert "its field 'reader_name' names whom it visits" in context
