"""Animal records (resolve.py): a pet's or a sighting's record keeps its owner's contact
details and position; its own values stay the animal's. `privlint explain` says which."""

from __future__ import annotations

import io
from pathlib import Path

from privlint.analysis.extractors import ALL_EXTRACTORS
from privlint.analysis.parse import analyse_source
from privlint.catalog import load_catalog
from privlint.config import Config
from privlint.explain import explain
from privlint.resolve import resolve_fields

SOURCE = b"""
from dataclasses import dataclass
from rest_framework import serializers


class QuoteRequestSerializer(serializers.Serializer):
    postcode = serializers.CharField(max_length=8)
    email = serializers.EmailField()
    species = serializers.CharField()
    breed = serializers.CharField()
    pet_date_of_birth = serializers.DateField()
    owner_date_of_birth = serializers.DateField()


@dataclass
class Sighting:
    species: str
    latitude: float
    longitude: float


@dataclass
class Counterparty:
    vat_number: str
    email: str
    phone: str
"""


def _elements() -> dict[str, str | None]:
    facts = analyse_source(SOURCE, "pets/api.py", "pets.api", ALL_EXTRACTORS)
    found = {f.fact.symbol: f for f in resolve_fields([facts], None, load_catalog())}
    return {
        symbol.removeprefix("pets.api."): item.classification.element
        for symbol, item in found.items()
    }


def test_an_animals_record_keeps_its_owners_contact_details_and_position() -> None:
    found = _elements()
    assert found.get("QuoteRequestSerializer.email") == "contact.email"
    assert found.get("QuoteRequestSerializer.postcode") == "contact.postal_address.postcode"
    assert found.get("QuoteRequestSerializer.owner_date_of_birth") == "demographic.date_of_birth"
    assert "QuoteRequestSerializer.pet_date_of_birth" not in found  # the pet's own
    assert found.get("Sighting.latitude") == "location.precise"
    # an organisation's record (a thing by its VAT number) keeps its own e-mail and phone
    assert "Counterparty.email" not in found
    assert "Counterparty.phone" not in found


def test_explain_says_why_a_field_was_kept_or_dropped(tmp_path: Path) -> None:
    source = tmp_path / "api.py"
    source.write_bytes(SOURCE)
    lines = SOURCE.decode().splitlines()
    email_line = next(i for i, line in enumerate(lines, 1) if "EmailField" in line)
    supplier_email = next(i for i, line in enumerate(lines, 1) if "    email: str" in line)
    out = io.StringIO()
    explain(source, email_line, Config(root=tmp_path), out, color=False)
    assert "describes an animal (field 'species')" in out.getvalue()
    out = io.StringIO()
    explain(source, supplier_email, Config(root=tmp_path), out, color=False)
    text = out.getvalue()
    assert "not personal data" in text
    assert "project: class 'Counterparty' has a field only a product" in text


MACHINES = b"""
from dataclasses import dataclass


@dataclass
class PropController:
    ip_address: str
    mac_address: str
    last_seen: str


@dataclass
class LoginAttempt:
    ip_address: str
    username: str


@dataclass
class PageView:
    client_ip: str
    path: str


@dataclass
class Visit:
    ip_address: str
    path: str
"""


def test_a_machines_addresses_are_not_personal_unless_something_ties_them_to_a_person(
    tmp_path: Path,
) -> None:
    facts = analyse_source(MACHINES, "infra/models.py", "infra.models", ALL_EXTRACTORS)
    found = {
        f.fact.symbol.removeprefix("infra.models."): f.classification.element
        for f in resolve_fields([facts], None, load_catalog())
    }
    assert "PropController.ip_address" not in found
    assert "PropController.mac_address" not in found
    assert "PropController.last_seen" not in found
    assert found.get("LoginAttempt.ip_address") == "online.ip_address"  # beside a login
    assert found.get("PageView.client_ip") == "online.ip_address"  # a client's, by its name
    assert found.get("Visit.ip_address") == "online.ip_address"  # no machine: a visitor's
    source = tmp_path / "models.py"
    source.write_bytes(MACHINES)
    out = io.StringIO()
    explain(source, 7, Config(root=tmp_path), out, color=False)
    assert "they are a machine's, not a person's" in out.getvalue()


READINGS = b"""
from dataclasses import dataclass


@dataclass
class Reading:
    sensor_id: str
    value: float


@dataclass
class Vitals:
    patient_id: int
    temperature: float
"""


def test_a_bare_reading_is_a_sensors_unless_its_record_is_about_a_person(tmp_path: Path) -> None:
    facts = analyse_source(READINGS, "obs/models.py", "obs.models", ALL_EXTRACTORS)
    found = {
        f.fact.symbol.removeprefix("obs.models."): f.classification.element
        for f in resolve_fields([facts], None, load_catalog())
    }
    assert "Reading.value" not in found
    assert found.get("Vitals.temperature") == "health.measurement"  # a patient's
    source = tmp_path / "models.py"
    source.write_bytes(READINGS)
    out = io.StringIO()
    explain(source, 8, Config(root=tmp_path), out, color=False)
    assert "a sensor's reading, not a vital sign" in out.getvalue()
