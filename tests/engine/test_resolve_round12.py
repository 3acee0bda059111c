"""Round 12's project-level rules (resolve.py, record_context.py).

A ``<stem>_id`` that names a class called as a person: a ``client_id`` beside a
``ClientSummary`` schema is that person's, while an OAuth app's, a settings class's, a firm
client's and the class's own key are not. A bare ``temp_c`` beside a ``heart_rate`` is a vital
sign, not a sensor's reading. Tasting notes on a brewer's batch sheet are about the beer."""

from __future__ import annotations

from privlint.analysis.extractors import ALL_EXTRACTORS
from privlint.analysis.parse import analyse_source
from privlint.catalog import load_catalog
from privlint.resolve import resolve_fields

SCHEMAS = b"""
from uuid import UUID
from pydantic import BaseModel
from pydantic_settings import BaseSettings


class ClientSummary(BaseModel):
    id: UUID
    display_name: str


class QuitPlan(BaseModel):
    client_id: UUID
    notes: str | None = None


class MqttSettings(BaseSettings):
    client_id: str = "hub"
"""

FIRM = b"""
from dataclasses import dataclass


@dataclass
class Client:
    id: int
    company: str
    contact_person: str


@dataclass
class Project:
    client_id: int
"""

OWN_KEY = b"""
from dataclasses import dataclass


@dataclass
class Client:
    client_id: int
    display_name: str
"""


def _elements(source: bytes, module: str) -> dict[str, str | None]:
    facts = analyse_source(source, f"{module.replace('.', '/')}.py", module, ALL_EXTRACTORS)
    found = resolve_fields([facts], None, load_catalog())
    return {
        item.fact.symbol.removeprefix(module + "."): item.classification.element for item in found
    }


def test_a_stem_id_naming_a_person_class_links_to_that_person() -> None:
    found = _elements(SCHEMAS, "quit.schemas")
    assert found.get("QuitPlan.client_id") == "identity.person_id"
    # once linked, the record is about a person, and its free text is theirs
    assert found.get("QuitPlan.notes", "").startswith("content")
    assert "MqttSettings.client_id" not in found, "a settings class's client is an OAuth app"


def test_a_client_that_is_a_firm_is_not_a_person() -> None:
    assert "Project.client_id" not in _elements(FIRM, "tally.records")


def test_a_class_does_not_link_to_itself() -> None:
    assert "Client.client_id" not in _elements(OWN_KEY, "crm.records")


def test_the_link_says_which_class_and_why() -> None:
    facts = analyse_source(SCHEMAS, "quit/schemas.py", "quit.schemas", ALL_EXTRACTORS)
    found = {i.fact.symbol: i for i in resolve_fields([facts], None, load_catalog())}
    steps = dict(found["quit.schemas.QuitPlan.client_id"].classification.explanation.steps)
    assert "refers to 'ClientSummary'" in steps["related"]
    assert "the class name 'ClientSummary' names a person" in steps["related"]


VITALS = b"""
from typing import TypedDict


class ObservationsPayload(TypedDict):
    attendance_id: str
    heart_rate: int
    temp_c: float


class GreenhouseReading(TypedDict):
    sensor_id: str
    humidity: int
    temp_c: float
"""


def test_a_bare_temperature_beside_a_vital_sign_is_one_too() -> None:
    found = _elements(VITALS, "ae.feeds")
    assert found.get("ObservationsPayload.heart_rate") == "health.measurement"
    assert found.get("ObservationsPayload.temp_c") == "health.measurement"
    assert "GreenhouseReading.temp_c" not in found, "a sensor's reading stays a sensor's"


BATCH = b"""
from marshmallow import Schema, fields


class BatchSheetSchema(Schema):
    brewer = fields.String()
    tasting_notes = fields.String()
    notes = fields.String()
"""


def test_tasting_notes_are_about_the_product_not_the_brewer() -> None:
    found = _elements(BATCH, "brewery.schemas")
    assert found.get("BatchSheetSchema.brewer") == "identity.name"
    assert "BatchSheetSchema.tasting_notes" not in found
