"""Fields a Django form or DRF serializer adds to ``self.fields`` when it is built."""

from __future__ import annotations

from analysis_snippets import fields, run

FORMS = """
from django import forms
from rest_framework import serializers
from .models import Profile


class EditUserForm(forms.Form):
    about = forms.CharField(widget=forms.Textarea)

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"] = forms.RegexField(label="Screen name", regex=r"^\\w+$")
        self.fields["about"] = forms.CharField(required=False)
        self.fields["about"].required = False
        self.fields[name] = forms.CharField()
        if user.is_staff:
            self.fields["email"] = forms.EmailField()


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["bio"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bio"] = forms.CharField(widget=forms.Textarea)
        self.fields["phone"] = forms.CharField()


class SignupSerializer(serializers.Serializer):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["re_password"] = serializers.CharField()


class Report:
    def build(self):
        self.fields["email"] = forms.EmailField()
"""


def test_fields_added_in_init_are_fields_of_the_class() -> None:
    by_symbol = fields(run(FORMS))
    assert by_symbol["app.EditUserForm.username"].types == ("RegexField",)
    assert ("label", "Screen name") in by_symbol["app.EditUserForm.username"].metadata
    assert by_symbol["app.EditUserForm.email"].types == ("EmailField",)
    assert by_symbol["app.EditUserForm.email"].span.line == 17
    assert by_symbol["app.ProfileForm.phone"].framework == "django_form"
    assert by_symbol["app.SignupSerializer.re_password"].framework == "drf"


def test_a_redefined_field_stays_the_class_level_one() -> None:
    by_symbol = fields(run(FORMS))
    about = [s for s in by_symbol if s == "app.EditUserForm.about"]
    assert about == ["app.EditUserForm.about"]
    assert by_symbol["app.EditUserForm.about"].span.line == 8  # the class-level declaration
    assert by_symbol["app.ProfileForm.bio"].span.line == 23  # named in Meta.fields


def test_only_forms_and_serializers_and_literal_keys() -> None:
    by_symbol = fields(run(FORMS))
    assert "app.Report.email" not in by_symbol  # not a form: nothing is read from methods
    assert not [s for s in by_symbol if s.endswith(".name")]
