from __future__ import annotations

from analysis_snippets import fields, frameworks, run

PEEWEE = """
import peewee as pw

db = pw.SqliteDatabase("vets.db")


class BaseModel(pw.Model):
    class Meta:
        database = db


class Client(BaseModel):
    name = pw.CharField(verbose_name="full name")
    email = pw.CharField(unique=True)
    balance = pw.DecimalField(default=0)


class Pet(BaseModel):
    owner = pw.ForeignKeyField(Client, backref="pets")
    species = pw.CharField()
"""


def test_peewee_models_and_their_fields() -> None:
    facts = run(PEEWEE)
    assert frameworks(facts)["Client"] == "peewee"
    assert frameworks(facts)["Pet"] == "peewee"
    by_name = {f.name: f for f in fields(facts).values()}
    assert set(by_name) >= {"name", "email", "balance", "owner", "species"}
    assert "Meta" not in by_name and "database" not in by_name
    assert by_name["owner"].related == "Client"
    assert ("verbose_name", "full name") in by_name["name"].metadata
    assert "CharField" in by_name["email"].types


def test_peewee_from_import_style() -> None:
    source = (
        "from peewee import Model, CharField\n\n\nclass Owner(Model):\n    phone = CharField()\n"
    )
    facts = run(source)
    assert frameworks(facts)["Owner"] == "peewee"
    assert [f.name for f in fields(facts).values()] == ["phone"]
