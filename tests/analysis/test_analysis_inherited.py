"""Fields a framework base gives a project's class (Django's AbstractUser): listed on the class,
at its line, unless the class declares them itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from analysis_snippets import fields, run

from privlint.analysis.inherited import add_inherited_fields
from privlint.catalog import load_catalog
from privlint.catalog.elements import ElementCatalogError, load_elements

USERS = """
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AbstractUser, PermissionsMixin
from django.db import models


class User(AbstractUser):
    email = models.EmailField(unique=True)


class Member(AbstractBaseUser, PermissionsMixin):
    handle = models.CharField(max_length=30)


class EmailUser(AbstractUser):
    username = None
    email = models.EmailField(unique=True)


class Team(models.Model):
    name = models.CharField(max_length=30)
"""


def test_a_subclass_of_abstract_user_holds_its_fields_at_its_class_line() -> None:
    table = load_catalog().elements.vocabulary.inherited_fields
    facts = run(USERS, "acc/models.py", "acc.models")
    found = fields(add_inherited_fields([facts], table)[0])
    username = found["acc.models.User.username"]
    assert username.types == ("CharField",)
    assert username.span.line == 7  # class User(AbstractUser):
    assert ("inherited_from", "django.contrib.auth.models.AbstractUser") in username.metadata
    assert found["acc.models.User.email"].span.line == 8  # declared: the class's own
    assert found["acc.models.User.email"].metadata == ()
    assert "acc.models.User.password" not in found  # holds make_password's hash
    assert found["acc.models.Member.last_login"].types == ("DateTimeField",)
    assert found["acc.models.Member.is_superuser"].types == ("BooleanField",)
    assert [s for s in found if s.startswith("acc.models.Team.")] == ["acc.models.Team.name"]
    assert "acc.models.EmailUser.username" not in found  # username = None removes it
    assert found["acc.models.EmailUser.first_name"].types == ("CharField",)


def test_the_inventory_explains_an_inherited_field(tmp_path: Path) -> None:
    import json

    from privlint.cli import main

    package = tmp_path / "acc"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "models.py").write_text(USERS)
    out = tmp_path / "inventory.json"
    assert main(["inventory", str(tmp_path), "--format", "json", "-o", str(out), "--no-cache"]) == 0
    rows = {r["symbol"]: r for r in json.loads(out.read_text())["fields"]}
    assert rows["acc.models.User.email"]["element"] == "contact.email"
    assert rows["acc.models.User.first_name"]["element"] == "identity.name.first"
    assert "inherited from the framework's" in rows["acc.models.User.first_name"]["explanation"]


def test_a_malformed_inherited_fields_table_is_a_catalogue_error(tmp_path: Path) -> None:
    bad = tmp_path / "_global.toml"
    bad.write_text('[inherited_fields."x.Base"]\nname = 3\n')
    with pytest.raises(ElementCatalogError, match="inherited_fields"):
        load_elements([bad])


AUTH_FORMS = """
from django.contrib.auth import forms as auth_forms
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm


class LoginForm(AuthenticationForm):
    remember_me = auth_forms.forms.BooleanField(required=False)


class ChangePasswordForm(PasswordChangeForm):
    pass


class ResetForm(auth_forms.PasswordResetForm):
    email = auth_forms.forms.EmailField(label="Your e-mail")
"""


def test_a_form_extending_djangos_authentication_forms_holds_what_people_type_there() -> None:
    table = load_catalog().elements.vocabulary.inherited_fields
    found = fields(add_inherited_fields([run(AUTH_FORMS, "acc/forms.py", "acc.forms")], table)[0])
    assert found["acc.forms.LoginForm.username"].types == ("UsernameField",)
    assert found["acc.forms.LoginForm.password"].span.line == 6  # class LoginForm(...):
    assert {"old_password", "new_password1", "new_password2"} <= {
        s.rsplit(".", 1)[1] for s in found if s.startswith("acc.forms.ChangePasswordForm.")
    }
    email = found["acc.forms.ResetForm.email"]
    assert email.metadata == (("label", "Your e-mail"),)  # declared: the class's own


SIGNUP_FORMS = """
from django.contrib.auth.forms import UserCreationForm


class SignupForm(UserCreationForm):
    pass


class EmailSignupForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = ("username", "email")
"""


def test_a_sign_up_form_holds_the_username_of_djangos_creation_form() -> None:
    table = load_catalog().elements.vocabulary.inherited_fields
    found = fields(add_inherited_fields([run(SIGNUP_FORMS, "acc/forms.py", "acc.forms")], table)[0])
    assert found["acc.forms.SignupForm.username"].types == ("UsernameField",)
    # class Meta(UserCreationForm.Meta): Django's User is the model, and its fields are listed
    assert found["acc.forms.EmailSignupForm.username"].span.line == 11
    assert found["acc.forms.EmailSignupForm.email"].span.line == 11
