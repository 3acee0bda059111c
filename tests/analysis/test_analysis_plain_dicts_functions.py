from __future__ import annotations

from analysis_snippets import fields, frameworks, run


def test_plain_annotated_classes_only_annotations() -> None:
    facts = run(
        """
        class Profile:
            email: str
            nickname: "str | None" = None
            DEFAULT = "x"

        class NoAnnotations(Exception):
            code = 3

        class Outer:
            class Inner:
                phone: str
        """
    )
    assert frameworks(facts) == {"Profile": "plain", "Outer.Inner": "plain"}
    found = fields(facts)
    assert set(found) == {"app.Profile.email", "app.Profile.nickname", "app.Outer.Inner.phone"}
    assert found["app.Profile.nickname"].types == ("str",)
    assert found["app.Outer.Inner.phone"].owner == "Outer.Inner"


def test_fields_under_if_type_checking_are_kept() -> None:
    facts = run(
        """
        from typing import TYPE_CHECKING

        class Account:
            if TYPE_CHECKING:
                owner_email: str
        """
    )
    assert "app.Account.owner_email" in fields(facts)


def test_module_level_dict_keys() -> None:
    facts = run(
        """
        CUSTOMER = {"email": "a@example.invalid", "age": 3, "created": now(), **EXTRA, 1: "x"}
        settings: dict = {"smtp_password": None}
        call({"not": "assigned"})
        """
    )
    found = fields(facts, "dict_key")
    assert set(found) == {
        "app.CUSTOMER[email]",
        "app.CUSTOMER[age]",
        "app.CUSTOMER[created]",
        "app.settings[smtp_password]",
    }
    email = found["app.CUSTOMER[email]"]
    assert (email.framework, email.owner, email.types) == ("dict", "CUSTOMER", ("str",))
    assert found["app.CUSTOMER[created]"].types == ("now",)
    assert email.span.line == 2


def test_function_and_method_parameters() -> None:
    facts = run(
        """
        from typing import Optional
        from fastapi import Query

        def send_welcome(email: str, /, name: Optional[str] = None, *args, token: str, **kw):
            pass

        class Service:
            def update(self, customer_id: int) -> None: ...

            @classmethod
            def build(cls, phone): ...

        async def search(q: str = Query(None, description="search text")): ...
        """
    )
    found = fields(facts, "parameter")
    assert set(found) == {
        "app.send_welcome.email",
        "app.send_welcome.name",
        "app.send_welcome.args",
        "app.send_welcome.token",
        "app.send_welcome.kw",
        "app.Service.update.customer_id",
        "app.Service.build.phone",
        "app.search.q",
    }
    name = found["app.send_welcome.name"]
    assert (name.framework, name.owner, name.types) == ("function", "send_welcome", ("str",))
    assert found["app.search.q"].metadata == (("description", "search text"),)
    assert found["app.Service.update.customer_id"].owner == "Service.update"


def test_field_constructors_under_a_base_from_another_module() -> None:
    facts = run(
        """
        from allauth.headless.internal.restkit import inputs
        from myproject.forms import BaseForm

        class LoginInput(inputs.Input):
            email = inputs.EmailField(required=False)
            password = inputs.CharField()
            TEMPLATE = "login.html"

        class MergeForm(BaseForm):
            source_user = PrincipalField("Source user")

        class NotFound(LookupError):
            code = 404
            message = make_message()

        class Loose:
            email = EmailField()
        """
    )
    found = fields(facts)
    assert found["app.LoginInput.email"].types == ("EmailField",)
    assert "app.LoginInput.password" in found
    assert "app.LoginInput.TEMPLATE" not in found
    assert "app.MergeForm.source_user" in found
    assert not [s for s in found if s.startswith(("app.NotFound.", "app.Loose."))]


def test_a_mixin_with_no_base_built_from_framework_field_constructors() -> None:
    facts = run(
        """
        from django.contrib.auth import get_user_model
        from django.db import models
        from wtforms import StringField

        class Auditable:
            created = models.DateTimeField(auto_now_add=True)
            created_by = models.ForeignKey(to=get_user_model(), on_delete=models.PROTECT)

        class InvitedMixin:
            first_name = StringField("First name")

        class Helper:
            cache = {}
            field = make_field()
        """
    )
    found = fields(facts)
    assert found["app.Auditable.created_by"].types == ("ForeignKey",)
    assert "app.Auditable.created" in found
    assert "app.InvitedMixin.first_name" in found
    assert not [s for s in found if s.startswith("app.Helper.")]


def test_colander_schema_nodes_are_fields() -> None:
    facts = run(
        """
        import colander

        class AccountSchema(colander.MappingSchema):
            password = colander.SchemaNode(colander.String())
            email = colander.SchemaNode(colander.String(), validator=colander.Email())
            title = "Account"
        """
    )
    found = fields(facts)
    assert found["app.AccountSchema.password"].types[0] == "SchemaNode"
    assert "app.AccountSchema.email" in found
    assert "app.AccountSchema.title" not in found
