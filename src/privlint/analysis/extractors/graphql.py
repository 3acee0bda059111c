"""GraphQL schemas: graphene's ``ObjectType``, ``InputObjectType``, ``Interface`` and ``Mutation``
classes (and graphene-django's ``DjangoObjectType``), and strawberry's ``@strawberry.type`` and
``@strawberry.input`` classes. Their fields are what an API sends and receives."""

from __future__ import annotations

from privlint.analysis.extractors._common import ClassExtractor, FieldStyle


class GrapheneExtractor(ClassExtractor):
    """``graphene.String(description=...)`` -> ("String",); ``graphene.Field(UserType)`` and
    ``graphene.List(UserType)`` name the type they hold."""

    name = "graphene"
    frameworks = ("graphene",)
    style = FieldStyle(
        wrappers=frozenset({"Field", "List", "NonNull", "InputField", "Argument"}),
        skip_calls=frozenset({"Node"}),
    )


class StrawberryExtractor(ClassExtractor):
    """Annotated fields; ``strawberry.field(description=...)`` gives metadata."""

    name = "strawberry"
    frameworks = ("strawberry",)
    style = FieldStyle(wrappers=frozenset({"field"}))
