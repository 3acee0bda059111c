"""Round 14's project-level rules (resolve.py).

A stop on a round that names whom it visits holds that person's address, position, door code
and notes; a bus stop, which names no one, keeps its position as its own, and a stop's other
values stay the round's (``visit_records``). After holdout27: a trader with a birth date or a
national id is a sole trader, a person (``person_records``), and a field typed with a person
record links to that person (``link_to_person``), except in configuration. After holdout29: a
foreign key that names a person record's table (``ForeignKey("governors.id")``) links to it."""

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


TRADERS = b"""
from peewee import CharField, DateField, ForeignKeyField, Model, TextField


class Trader(Model):
    trading_name = CharField()
    home_address = TextField()
    phone = CharField()
    date_of_birth = DateField()
    national_insurance_no = CharField()
    vat_number = CharField()


class Licence(Model):
    trader = ForeignKeyField(Trader)


class Supplier(Model):
    name = CharField()
    email = CharField()
    phone = CharField()
    vat_number = CharField()
"""


def test_a_trader_with_a_birth_date_or_national_id_is_a_sole_trader() -> None:
    found = {k: v.classification.element for k, v in _found(TRADERS, "market.models").items()}
    assert found.get("Trader.phone") == "contact.phone"
    assert found.get("Trader.home_address") == "contact.postal_address"
    assert found.get("Trader.national_insurance_no") == "identity.national_id"
    assert found.get("Licence.trader") == "identity.person_id"
    assert not [s for s in found if s.startswith("Supplier.")], "a supplier is still a firm"


PADDLERS = b"""
from dataclasses import dataclass, field
from datetime import date


@dataclass
class Paddler:
    name: str
    email: str
    date_of_birth: date


@dataclass
class Boat:
    hull_id: str
    owner: Paddler | None = None


@dataclass
class Trip:
    river: str
    paddlers: list[Paddler] = field(default_factory=list)
"""

POOLS = b"""
from pydantic import BaseModel


class Origin(BaseModel):
    name: str
    address: str


class OriginPool(BaseModel):
    origins: list[Origin]
"""


def test_a_field_typed_with_a_person_record_links_to_a_person() -> None:
    found = _found(PADDLERS, "kayak.members")
    assert found["Boat.owner"].classification.element == "identity.person_id"
    assert found["Trip.paddlers"].classification.element == "identity.person_id"
    related = dict(found["Boat.owner"].classification.explanation.steps)["related"]
    assert "typed with 'Paddler'" in related
    assert "Boat.hull_id" not in found


def test_a_configuration_class_typed_with_a_record_links_to_no_one() -> None:
    assert "OriginPool.origins" not in _found(POOLS, "cdn.config")


GOVERNORS = b"""
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Governor(db.Model):
    __tablename__ = "governors"
    id = db.Column(db.Integer, primary_key=True)
    forename = db.Column(db.String(60))
    surname = db.Column(db.String(60))
    email = db.Column(db.String(254))


class Family(db.Model):
    __tablename__ = "families"
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(60))
    phone = db.Column(db.String(20))


class BusinessInterest(db.Model):
    governor_id = db.Column(db.Integer, db.ForeignKey("governors.id"))
    meeting_id = db.Column(db.Integer, db.ForeignKey("meetings.id"))
    organisation = db.Column(db.String(120))


class Child(db.Model):
    family_id = db.Column(db.Integer, db.ForeignKey("families.id"))
    school_id = db.Column(db.Integer, db.ForeignKey("schools.id"))
"""


def test_a_foreign_key_to_a_person_records_table_links_to_a_person() -> None:
    found = _found(GOVERNORS, "governors.models")
    assert found["BusinessInterest.governor_id"].classification.element == "identity.person_id"
    assert found["Child.family_id"].classification.element == "identity.person_id"
    assert "BusinessInterest.meeting_id" not in found, "a link to a meeting links to no one"
    # a child's key to their school says where they study (decide.py _held_by_link)
    assert found["Child.school_id"].classification.element == "demographic.education"
    related = dict(found["Child.family_id"].classification.explanation.steps)["related"]
    assert "relationship to 'Family'" in related


LARDER = b"""
from marshmallow import Schema, fields


class StopSchema(Schema):
    resident_id = fields.Int()
    name = fields.Str()
    address = fields.Str()
    what3words = fields.Str()
    access_instructions = fields.Str()
    sequence = fields.Int()
"""


def test_a_stop_schema_is_a_stop_and_a_resident_id_a_link() -> None:
    found = {k: v.classification.element for k, v in _found(LARDER, "larder.schemas").items()}
    assert found.get("StopSchema.resident_id") == "identity.person_id"
    assert found.get("StopSchema.name") == "identity.name"
    assert found.get("StopSchema.address") == "contact.postal_address"
    assert found.get("StopSchema.what3words") == "location.precise"
    assert found.get("StopSchema.access_instructions", "").startswith("content")
    assert "StopSchema.sequence" not in found


SESSIONS = b"""
from dataclasses import dataclass, field


@dataclass
class Attendee:
    full_name: str
    email: str


@dataclass
class TrainingSession:
    venue: str
    capacity: int
    attendees: list[Attendee] = field(default_factory=list)
"""


def test_a_things_record_typed_link_to_people_stays_a_link() -> None:
    found = _found(SESSIONS, "defib.sessions")
    assert found["TrainingSession.attendees"].classification.element == "identity.person_id"
    assert "TrainingSession.venue" not in found, "a session with a capacity is a thing"
