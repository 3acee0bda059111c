"""flask-restx API models: ``api.model("User", {...})`` and ``api.inherit(...)``."""

from __future__ import annotations

from analysis_snippets import fields, frameworks, run

RESTX = """
from flask_restx import Namespace, Model, fields

ns = Namespace("users")

user_ref_fields = ns.model(
    "UserReference",
    {
        "id": fields.String(readonly=True),
        "email": fields.String(description="The user's e-mail address"),
    },
)

user_fields = ns.inherit("User (full)", user_ref_fields, {
    "first_name": fields.String(),
    "friends": fields.List(fields.Nested(user_ref_fields)),
})

page_fields = Model("Page", {"title": fields.String()})

settings = ns.model("Settings", build_fields())
headers = {"email": "x-email"}
"""


def test_models_and_their_fields() -> None:
    facts = run(RESTX)
    assert frameworks(facts) == {"UserReference": "restx", "User_full": "restx", "Page": "restx"}
    by_symbol = fields(facts)
    assert set(by_symbol) == {
        "app.UserReference.id",
        "app.UserReference.email",
        "app.User_full.first_name",
        "app.User_full.friends",
        "app.Page.title",
    }
    email = by_symbol["app.UserReference.email"]
    assert email.types == ("String",)
    assert ("description", "The user's e-mail address") in email.metadata
    assert email.span.line == 10  # the key
    assert by_symbol["app.User_full.friends"].related == "user_ref_fields"


def test_a_dict_without_field_constructors_is_not_a_model() -> None:
    source = 'from x import api\n\nlabels = api.model("Labels", {"email": "E-mail"})\n'
    assert fields(run(source)) == {}
