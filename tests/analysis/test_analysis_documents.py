"""MongoEngine, Tortoise ORM, ormar, Piccolo, Pony ORM, Beanie and ODMantic declarations."""

from __future__ import annotations

from pathlib import Path

from analysis_snippets import fields, frameworks, run

MONGOENGINE = """
import mongoengine as me
from mongoengine import Document, EmbeddedDocument, StringField, EmailField, ReferenceField
from mongoengine.fields import ListField, EmbeddedDocumentField, DateTimeField


class Address(EmbeddedDocument):
    street = StringField()


class User(Document):
    email = EmailField(required=True, unique=True)
    first_name = StringField(max_length=50, verbose_name="first name")
    address = EmbeddedDocumentField(Address)
    last_login = DateTimeField()
    meta = {"collection": "users", "indexes": ["email"]}


class Comment(me.Document):
    author = ReferenceField(User)
    likes = ListField(ReferenceField("User"))
    body = me.StringField()
"""


def test_mongoengine_documents_fields_and_references() -> None:
    facts = run(MONGOENGINE)
    assert frameworks(facts) == {
        "Address": "mongoengine",
        "User": "mongoengine",
        "Comment": "mongoengine",
    }
    by_symbol = fields(facts)
    assert "app.User.meta" not in by_symbol
    assert by_symbol["app.User.email"].types == ("EmailField",)
    assert by_symbol["app.User.address"].related == "Address"
    assert by_symbol["app.Comment.author"].related == "User"
    assert by_symbol["app.Comment.likes"].related == "User"
    assert ("verbose_name", "first name") in by_symbol["app.User.first_name"].metadata


FLASK_MONGOENGINE = """
from flask_mongoengine import MongoEngine

db = MongoEngine()


class Subscriber(db.Document):
    email = db.StringField(required=True)
"""

PROJECT_DOCUMENT = """
from udata.mongo import db
from udata.api_fields import field
from mongoengine.fields import StringField, ListField, ReferenceField
from .base import OwnDocument


class Member(db.EmbeddedDocument):
    role = db.StringField()


class Account(OwnDocument):
    email = field(StringField(max_length=255), description="The account's e-mail address")
    friends = field(ListField(ReferenceField("Account")), readonly=True)
"""


def test_flask_mongoengine_instance_and_a_project_base() -> None:
    assert frameworks(run(FLASK_MONGOENGINE)) == {"Subscriber": "mongoengine"}
    facts = run(PROJECT_DOCUMENT)
    assert frameworks(facts) == {"Member": "mongoengine", "Account": "mongoengine"}
    email = fields(facts)["app.Account.email"]
    assert email.types == ("StringField",)  # read through the project's field() wrapper
    assert ("description", "The account's e-mail address") in email.metadata
    assert fields(facts)["app.Account.friends"].related == "Account"


def test_a_lower_case_call_without_a_constructor_inside_is_not_unwrapped() -> None:
    source = (
        "from mongoengine import Document, StringField\n\n\n"
        "class Page(Document):\n"
        "    slug = make_slug('title')\n"
        "    title = StringField()\n"
    )
    assert fields(run(source))["app.Page.slug"].types == ("make_slug",)


TORTOISE = """
from tortoise import fields
from tortoise.models import Model


class Customer(Model):
    email = fields.CharField(max_length=255, unique=True, description="Login e-mail")
    created_at = fields.DatetimeField(auto_now_add=True)
    orders: fields.ReverseRelation["Order"]


class Order(Model):
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="orders"
    )
    notes = fields.TextField()
"""


def test_tortoise_models_and_relations() -> None:
    facts = run(TORTOISE)
    assert frameworks(facts) == {"Customer": "tortoise", "Order": "tortoise"}
    by_symbol = fields(facts)
    assert by_symbol["app.Order.customer"].related == "models.Customer"
    assert "Customer" in by_symbol["app.Order.customer"].types
    assert by_symbol["app.Customer.orders"].types == ("ReverseRelation", "Order")
    assert ("description", "Login e-mail") in by_symbol["app.Customer.email"].metadata


ORMAR = """
import ormar


class Patient(ormar.Model):
    ormar_config = ormar.OrmarConfig(tablename="patients")

    id: int = ormar.Integer(primary_key=True)
    name: str = ormar.String(max_length=100)


class Visit(ormar.Model):
    patient = ormar.ForeignKey(Patient)
"""


def test_ormar_columns_and_foreign_keys() -> None:
    facts = run(ORMAR)
    assert frameworks(facts) == {"Patient": "ormar", "Visit": "ormar"}
    by_symbol = fields(facts)
    assert "app.Patient.ormar_config" not in by_symbol
    assert by_symbol["app.Patient.name"].types == ("str", "String")
    assert by_symbol["app.Visit.patient"].related == "Patient"


PICCOLO = """
from piccolo.table import Table
from piccolo.columns import Varchar, Email, Secret, ForeignKey, Timestamp


class Person(Table):
    name = Varchar(length=100, help_text="The person's full name")
    email = Email()
    password = Secret()
    last_login = Timestamp()


class Ticket(Table):
    holder = ForeignKey(references=Person)
"""


def test_piccolo_tables_and_references() -> None:
    facts = run(PICCOLO)
    assert frameworks(facts) == {"Person": "piccolo", "Ticket": "piccolo"}
    by_symbol = fields(facts)
    assert set(by_symbol) == {
        "app.Person.name",
        "app.Person.email",
        "app.Person.password",
        "app.Person.last_login",
        "app.Ticket.holder",
    }
    assert by_symbol["app.Ticket.holder"].related == "Person"
    assert by_symbol["app.Person.email"].types == ("Email",)


PONY = """
from datetime import date
from pony.orm import Database, Required, Optional, Set, PrimaryKey

db = Database()


class Customer(db.Entity):
    id = PrimaryKey(int, auto=True)
    email = Required(str, unique=True)
    born = Optional(date)
    orders = Set("Order")


class Order(db.Entity):
    customer = Required(Customer)
    note = Optional("Note")
"""


def test_pony_entities_value_types_and_links() -> None:
    facts = run(PONY)
    assert frameworks(facts) == {"Customer": "pony", "Order": "pony"}
    by_symbol = fields(facts)
    assert by_symbol["app.Customer.email"].types == ("str",)
    assert by_symbol["app.Customer.email"].related is None
    assert by_symbol["app.Customer.born"].types == ("date",)
    assert by_symbol["app.Customer.born"].related is None
    assert by_symbol["app.Customer.orders"].related == "Order"
    assert by_symbol["app.Order.customer"].related == "Customer"
    assert by_symbol["app.Order.note"].related == "Note"


BEANIE = """
from beanie import Document, Link
from odmantic import Model, Reference


class Member(Document):
    email: str


class Post(Document):
    author: Link[Member]


class Team(Model):
    captain: Member = Reference()
"""


def test_beanie_and_odmantic_models_are_pydantic_models_with_links() -> None:
    facts = run(BEANIE)
    assert frameworks(facts) == {"Member": "pydantic", "Post": "pydantic", "Team": "pydantic"}
    assert fields(facts)["app.Post.author"].types == ("Link", "Member")
    assert "Member" in fields(facts)["app.Team.captain"].types


OBJECT_MIXIN = """
from mongoengine.fields import ReferenceField
from udata.api_fields import field
from .models import User


class Owned(object):
    owner = field(ReferenceField(User), description="The owning user")
"""


def test_a_mixin_based_on_object_with_wrapped_constructors() -> None:
    owner = fields(run(OBJECT_MIXIN))["app.Owned.owner"]
    assert owner.related == "models.User"  # imported from the project's models module
    assert ("description", "The owning user") in owner.metadata


def test_the_inventory_reads_documents_and_api_models_end_to_end(tmp_path: Path) -> None:
    import json

    from privlint.cli import main

    (tmp_path / "models.py").write_text(
        MONGOENGINE + PICCOLO.replace("class Person", "class Member")
    )
    (tmp_path / "api.py").write_text(
        "from flask_restx import Namespace, fields\n\nns = Namespace('u')\n\n"
        'user_fields = ns.model("User", {"email": fields.String(), "size": fields.Integer()})\n'
    )
    out = tmp_path / "inventory.json"
    assert main(["inventory", str(tmp_path), "--format", "json", "-o", str(out), "--no-cache"]) == 0
    rows = {r["symbol"]: r["element"] for r in json.loads(out.read_text())["fields"]}
    assert rows["models.User.email"] == "contact.email"
    assert rows["models.Comment.likes"] == "identity.person_id"  # ListField(ReferenceField("User"))
    assert rows["models.Member.password"] == "credentials.password"
    assert rows["models.Ticket.holder"] == "identity.person_id"
    assert rows["api.User.email"] == "contact.email"
    assert "api.User.size" not in rows
