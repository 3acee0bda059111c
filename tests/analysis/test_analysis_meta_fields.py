"""``Meta.fields`` of a ModelSerializer or ModelForm: fields the class takes from its model by name,
typed as the model's field (in the same file at extraction, across files in the project pass)."""

from __future__ import annotations

from analysis_snippets import fields, run

from privlint.analysis.meta_models import lend_model_fields

SERIALIZERS = """
from django.db import models
from rest_framework import serializers


class Profile(models.Model):
    email = models.EmailField()
    is_active = models.BooleanField()
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)


class ProfileSerializer(serializers.ModelSerializer):
    nickname = serializers.CharField()

    class Meta:
        model = Profile
        fields = ("id", "email", "is_active", "owner", "nickname", "phone_number")


class EverythingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Profile
        fields = "__all__"


class PlainSerializer(serializers.Serializer):
    class Meta:
        model = Profile
        fields = ("email",)
"""


def test_meta_fields_are_fields_typed_as_the_models() -> None:
    found = fields(run(SERIALIZERS, "app/serializers.py", "app.serializers"))
    assert found["app.serializers.ProfileSerializer.email"].types == ("EmailField",)
    assert found["app.serializers.ProfileSerializer.is_active"].types == ("BooleanField",)
    assert found["app.serializers.ProfileSerializer.owner"].related == "auth.User"
    assert found["app.serializers.ProfileSerializer.phone_number"].types == ()
    assert found["app.serializers.ProfileSerializer.email"].span.line == 17
    # declared in the body once, not again from Meta.fields
    assert found["app.serializers.ProfileSerializer.nickname"].types == ("CharField",)
    assert found["app.serializers.ProfileSerializer.nickname"].span.line == 13
    assert not [s for s in found if ".EverythingSerializer." in s]
    assert not [s for s in found if ".PlainSerializer." in s]  # a plain Serializer ignores Meta


MODELS = """
from django.db import models


class Customer(models.Model):
    email = models.EmailField(verbose_name="e-mail")
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    _cached_name = None
"""

FORMS = """
from django import forms
from .models import Customer


class CustomerForm(forms.ModelForm):
    class Meta:
        model = Customer
        fields = ["email", "owner", "notes"]
"""


def test_the_project_pass_types_fields_named_from_a_model_in_another_file() -> None:
    models = run(MODELS, "crm/models.py", "crm.models")
    forms = run(FORMS, "crm/forms.py", "crm.forms")
    assert fields(forms)["crm.forms.CustomerForm.email"].types == ()
    lent = fields(lend_model_fields([models, forms])[1])
    email = lent["crm.forms.CustomerForm.email"]
    assert email.types == ("EmailField",)
    assert ("verbose_name", "e-mail") in email.metadata
    assert lent["crm.forms.CustomerForm.owner"].related == "auth.User"
    assert lent["crm.forms.CustomerForm.notes"].types == ()  # no such model field


EXTENDED = """
from rest_framework import serializers
from .models import Contact


class ContactPickerSerializer(serializers.ModelSerializer):
    class Meta:
        model = Contact
        fields = ("id", "first_name", "last_name")


class ContactLinkSerializer(serializers.ModelSerializer):
    class Meta(ContactPickerSerializer.Meta):
        fields = ContactPickerSerializer.Meta.fields + ("email",)


class ContactWriteSerializer(serializers.ModelSerializer):
    class Meta:
        model = Contact
        fields = [*ContactPickerSerializer.Meta.fields, "phone"]
"""


def _names(found: dict[str, object], owner: str) -> set[str]:
    return {s.removeprefix(owner) for s in found if s.startswith(owner)}


def test_meta_fields_built_from_another_serializers_list_are_read() -> None:
    found = fields(run(EXTENDED, "crm/serializers.py", "crm.serializers"))
    link = "crm.serializers.ContactLinkSerializer."
    assert _names(found, link) == {"id", "first_name", "last_name", "email"}
    assert found[link + "first_name"].span.line == 14  # the fields line that adds them
    assert found[link + "email"].metadata == (("meta_model", "Contact"),)  # Meta's base's model
    write = "crm.serializers.ContactWriteSerializer."
    assert _names(found, write) == {"id", "first_name", "last_name", "phone"}


ABSTRACT_MODELS = """
from django.db import models


class LicenseMixin(models.Model):
    license_author = models.CharField(max_length=60)

    class Meta:
        abstract = True


class Exercise(LicenseMixin):
    name = models.CharField(max_length=60)
"""

EXERCISE_SERIALIZER = """
from rest_framework import serializers
from .models import Exercise


class ExerciseSerializer(serializers.ModelSerializer):
    class Meta:
        model = Exercise
        fields = ["name", "license_author"]
"""


def test_a_field_the_model_inherits_from_an_abstract_base_is_lent_too() -> None:
    models = run(ABSTRACT_MODELS, "ex/models.py", "ex.models")
    serializers = run(EXERCISE_SERIALIZER, "ex/serializers.py", "ex.serializers")
    lent = fields(lend_model_fields([models, serializers])[1])
    assert lent["ex.serializers.ExerciseSerializer.license_author"].types == ("CharField",)
    assert lent["ex.serializers.ExerciseSerializer.name"].types == ("CharField",)


EVERYTHING = """
from django import forms
from rest_framework import serializers
from .models import Customer


class CustomerForm(forms.ModelForm):
    class Meta:
        model = Customer
        fields = "__all__"


class CustomerPublicSerializer(serializers.ModelSerializer):
    nickname = serializers.CharField()

    class Meta:
        model = Customer
        exclude = ["owner"]


class UnknownModelForm(forms.ModelForm):
    class Meta:
        model = Elsewhere
        fields = "__all__"
"""


def test_all_fields_or_exclude_take_every_model_field_in_the_project_pass() -> None:
    models = run(MODELS, "crm/models.py", "crm.models")
    forms = run(EVERYTHING, "crm/forms.py", "crm.forms")
    assert [f.kind for f in forms.fields if f.name == "__all__"] == ["model_fields"] * 3
    lent = fields(lend_model_fields([models, forms])[1])
    assert _names(lent, "crm.forms.CustomerForm.") == {"email", "owner"}
    assert lent["crm.forms.CustomerForm.email"].types == ("EmailField",)
    assert lent["crm.forms.CustomerForm.email"].span.line == 10  # the fields line
    public = _names(lent, "crm.forms.CustomerPublicSerializer.")
    assert public == {"email", "nickname"}  # owner excluded, nickname declared
    assert not _names(lent, "crm.forms.UnknownModelForm.")  # no such model in the project
    assert not [f for f in lend_model_fields([forms])[0].fields if f.kind == "model_fields"]


SA_MODELS = """
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Member(Base):
    __tablename__ = "members"
    id = Column(Integer, primary_key=True)
    email = Column(String, nullable=False)
"""

SA_SCHEMAS = """
from marshmallow_sqlalchemy import SQLAlchemyAutoSchema
from .models import Member


class MemberSchema(SQLAlchemyAutoSchema):
    class Meta:
        model = Member


class MemberBriefSchema(SQLAlchemyAutoSchema):
    class Meta:
        model = Member
        fields = ("email",)
"""


def test_a_marshmallow_sqlalchemy_auto_schema_takes_its_models_columns() -> None:
    models = run(SA_MODELS, "club/models.py", "club.models")
    schemas = run(SA_SCHEMAS, "club/schemas.py", "club.schemas")
    assert schemas.problems == ()  # Meta with a model and nothing else is no failure
    lent = fields(lend_model_fields([models, schemas])[1])
    assert _names(lent, "club.schemas.MemberSchema.") == {"id", "email"}
    assert _names(lent, "club.schemas.MemberBriefSchema.") == {"email"}
    assert lent["club.schemas.MemberSchema.email"].types == ("String",)


SETTINGS_DEPENDENT_META = """
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from rest_framework import serializers


class ProfileForm(forms.ModelForm):
    class Meta:
        model = get_user_model()
        if settings.ACCOUNT:
            fields = ("first_name", "last_name")
        else:
            fields = ("first_name", "last_name", "email")


class UserSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = ("id", "groups")
        if settings.USER_API:
            fields += ("username", "email")
"""


def test_meta_fields_set_in_an_if_or_extended_are_all_listed_at_their_strings() -> None:
    found = fields(run(SETTINGS_DEPENDENT_META))
    assert {"app.ProfileForm.first_name", "app.ProfileForm.email"} <= set(found)
    assert found["app.ProfileForm.first_name"].span.line == 12  # the first list naming it
    assert found["app.ProfileForm.email"].span.line == 14
    assert found["app.UserSerializer.username"].span.line == 22
    assert "app.UserSerializer.groups" in found
