"""GraphQL schema classes: graphene's object, input and interface types and mutations, and
strawberry's decorated types. Their fields are what an API sends and receives."""

from __future__ import annotations

from analysis_snippets import fields, frameworks, run

SCHEMA = """
import graphene
import strawberry
from graphene_django import DjangoObjectType


class AddressInput(graphene.InputObjectType):
    first_name = graphene.String(description="Given name.")
    phone = graphene.String(description="Phone number.")


class UserNode(DjangoObjectType):
    email = graphene.String()


class Query(graphene.ObjectType):
    me = graphene.Field(UserNode, description="The signed-in user.")
    users = graphene.List(UserNode)


@strawberry.type
class Viewer:
    email: str
    display_name: str = strawberry.field(description="Shown to others")


class Plain:
    email = "noreply@example.org"
"""


def test_graphene_and_strawberry_classes_are_read() -> None:
    facts = run(SCHEMA, "shop/schema.py", "shop.schema")
    kinds = frameworks(facts)
    assert kinds["AddressInput"] == "graphene"
    assert kinds["UserNode"] == "graphene"
    assert kinds["Query"] == "graphene"
    assert kinds["Viewer"] == "strawberry"
    found = fields(facts)
    first = found["shop.schema.AddressInput.first_name"]
    assert first.types == ("String",)
    assert first.metadata == (("description", "Given name."),)
    assert found["shop.schema.Query.me"].types == ("UserNode",)
    assert found["shop.schema.Query.users"].types == ("UserNode",)
    shown = found["shop.schema.Viewer.display_name"]
    assert shown.metadata == (("description", "Shown to others"),)
    assert found["shop.schema.Viewer.email"].types == ("str",)
