from __future__ import annotations

from analysis_snippets import fields, frameworks, run


def test_marshmallow_schema_fields() -> None:
    facts = run(
        """
        from marshmallow import Schema, fields

        class AddressSchema(Schema):
            city = fields.Str()

        class CustomerSchema(Schema):
            email = fields.Email(required=True, metadata={"description": "login"})
            address = fields.Nested(AddressSchema)
            phones = fields.List(fields.Str(), data_key="phoneNumbers")
            visitors = fields.List(fields.Nested(AddressSchema), required=True)

            class Meta:
                ordered = True

        Dyn = Schema.from_dict({"ip": fields.IP()}, name="Dyn")
        """
    )
    assert frameworks(facts) == {
        "AddressSchema": "marshmallow",
        "CustomerSchema": "marshmallow",
        "Dyn": "marshmallow",
    }
    found = fields(facts)
    assert found["app.CustomerSchema.email"].types == ("Email",)
    assert found["app.CustomerSchema.email"].metadata == (("description", "login"),)
    assert found["app.CustomerSchema.address"].related == "AddressSchema"
    assert found["app.CustomerSchema.phones"].types == ("List", "Str")
    assert found["app.CustomerSchema.phones"].metadata == (("data_key", "phoneNumbers"),)
    assert found["app.CustomerSchema.phones"].related is None
    # a list of nested schemas relates to the nested schema, as a single Nested does
    assert found["app.CustomerSchema.visitors"].related == "AddressSchema"
    assert found["app.Dyn.ip"].types == ("IP",)


def test_wtforms_and_flask_wtf() -> None:
    facts = run(
        """
        from flask_wtf import FlaskForm
        from wtforms import EmailField, Form, StringField, SubmitField
        from wtforms.validators import DataRequired

        class Signup(FlaskForm):
            email = EmailField("E-mail address", validators=[DataRequired()])
            submit = SubmitField("Add guest")

        class Search(Form):
            q = StringField(description="query")
        """
    )
    assert frameworks(facts) == {"Signup": "wtforms", "Search": "wtforms"}
    found = fields(facts)
    assert found["app.Signup.email"].types == ("EmailField",)
    assert found["app.Signup.email"].metadata == (("label", "E-mail address"),)
    assert found["app.Search.q"].metadata == (("description", "query"),)
    assert "app.Signup.submit" not in found  # a button holds no data, whatever its label says


def test_drf_serializers() -> None:
    facts = run(
        """
        from rest_framework import serializers
        from .models import Customer

        class CustomerSerializer(serializers.ModelSerializer):
            email = serializers.EmailField(source="user.email")
            owner = serializers.PrimaryKeyRelatedField(queryset=Customer.objects.all())
            tags = serializers.ListField(child=serializers.CharField())
            worker = serializers.HiddenField(default=serializers.CurrentUserDefault())
            channel = serializers.HiddenField(default="web")

            class Meta:
                model = Customer
                fields = ["email", "owner"]
        """,
        "crm/serializers.py",
        "crm.serializers",
    )
    assert frameworks(facts) == {"CustomerSerializer": "drf"}
    found = fields(facts)
    assert found["crm.serializers.CustomerSerializer.email"].metadata == (("source", "user.email"),)
    assert found["crm.serializers.CustomerSerializer.owner"].related == "crm.models.Customer"
    assert found["crm.serializers.CustomerSerializer.tags"].types == ("ListField", "CharField")
    # the request's user, filled in by DRF: a link to the user model
    assert found["crm.serializers.CustomerSerializer.worker"].related == "User"
    assert found["crm.serializers.CustomerSerializer.channel"].related is None
    assert len(found) == 5


def test_form_named_class_without_framework_import_is_plain() -> None:
    facts = run(
        """
        class Form:
            pass

        class Signup(Form):
            email = "x"
        """
    )
    assert frameworks(facts) == {}


def test_a_field_class_the_file_defines_carries_the_types_it_extends() -> None:
    facts = run(
        """
        from django import forms

        class SuppressEmailField(forms.BooleanField):
            pass

        class MinorEditField(SuppressEmailField):
            pass

        class EditForm(forms.Form):
            suppress_email = SuppressEmailField()
            minor_edit = MinorEditField()
            text = forms.CharField()
        """
    )
    found = fields(facts)
    assert found["app.EditForm.suppress_email"].types == ("SuppressEmailField", "BooleanField")
    assert found["app.EditForm.minor_edit"].types == (
        "MinorEditField",
        "SuppressEmailField",
        "BooleanField",
    )
    assert found["app.EditForm.text"].types == ("CharField",)


def test_names_unpacked_from_a_call_in_a_form_are_its_fields() -> None:
    facts = run(
        """
        from django import forms
        from django.contrib.auth.forms import SetPasswordMixin

        class RegistrationForm(forms.Form):
            email = forms.EmailField()
            password1, password2 = SetPasswordMixin.create_password_fields()
            low, high = 1, 2

        class Plain:
            first, second = make_pair()
        """
    )
    found = fields(facts)
    assert "app.RegistrationForm.password1" in found
    assert "app.RegistrationForm.password2" in found
    assert found["app.RegistrationForm.password1"].types == ()
    assert "app.RegistrationForm.low" not in found
    assert not [s for s in found if s.startswith("app.Plain.")]
