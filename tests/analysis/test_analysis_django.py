from __future__ import annotations

from analysis_snippets import fields, frameworks, run

MODELS = """
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TimeStamped(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True


class Customer(TimeStamped):
    full_name = models.CharField(_("full name"), max_length=120)
    email = models.EmailField(verbose_name="e-mail", help_text="Where we send invoices")
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    referrer = models.ForeignKey("self", null=True, on_delete=models.SET_NULL)
    tags = models.ManyToManyField("crm.Tag")
    KIND_CHOICES = [("b", "business")]
    objects = models.Manager()
    active = CustomerQuerySet.as_manager()

    def __str__(self):
        return self.full_name

    @property
    def display(self):
        return self.full_name
"""


def test_models_fields_types_related_metadata() -> None:
    facts = run(MODELS, "crm/models.py", "crm.models")
    assert frameworks(facts) == {"TimeStamped": "django", "Customer": "django"}
    found = fields(facts)
    assert set(found) == {
        "crm.models.TimeStamped.created_at",
        "crm.models.Customer.full_name",
        "crm.models.Customer.email",
        "crm.models.Customer.user",
        "crm.models.Customer.referrer",
        "crm.models.Customer.tags",
        "crm.models.Customer.KIND_CHOICES",
    }
    email = found["crm.models.Customer.email"]
    assert email.types == ("EmailField",)
    assert email.framework == "django"
    assert email.owner == "Customer"
    assert email.owner_bases == ("crm.models.TimeStamped",)
    assert email.metadata == (("verbose_name", "e-mail"), ("help_text", "Where we send invoices"))
    assert found["crm.models.Customer.full_name"].metadata == (("verbose_name", "full name"),)
    assert found["crm.models.Customer.user"].related == "auth.User"
    assert found["crm.models.Customer.referrer"].related == "Customer"
    assert found["crm.models.Customer.tags"].related == "crm.Tag"
    assert found["crm.models.Customer.tags"].types == ("ManyToManyField",)


def test_model_classfact_spans_the_class_name() -> None:
    facts = run(MODELS, "crm/models.py", "crm.models")
    customer = next(c for c in facts.classes if c.name == "Customer")
    assert customer.symbol == "crm.models.Customer"
    assert customer.span.line == 14
    assert customer.bases == ("crm.models.TimeStamped",)


def test_forms_and_model_forms() -> None:
    facts = run(
        """
        from django import forms
        from .models import Customer

        class ContactForm(forms.Form):
            email = forms.EmailField(label="Your e-mail")
            message = forms.CharField(widget=forms.Textarea)

        class CustomerForm(forms.ModelForm):
            phone = forms.CharField(required=False)

            class Meta:
                model = Customer
                fields = ["email"]
        """,
        "crm/forms.py",
        "crm.forms",
    )
    assert frameworks(facts) == {"ContactForm": "django_form", "CustomerForm": "django_form"}
    found = fields(facts)
    assert found["crm.forms.ContactForm.email"].metadata == (("label", "Your e-mail"),)
    assert found["crm.forms.ContactForm.email"].types == ("EmailField",)
    assert set(found) == {
        "crm.forms.ContactForm.email",
        "crm.forms.ContactForm.message",
        "crm.forms.CustomerForm.phone",
        "crm.forms.CustomerForm.email",  # Meta.fields: the model's field the form edits
    }
    assert found["crm.forms.CustomerForm.email"].metadata == (("meta_model", "Customer"),)
    assert found["crm.forms.CustomerForm.email"].span.line == 14


def test_not_django_without_the_import() -> None:
    facts = run(
        """
        class models:
            Model = object

        class Thing(models.Model):
            email = "x"
        """
    )
    assert "django" not in frameworks(facts).values()


def test_django_expressions_are_not_models() -> None:
    facts = run(
        """
        from django.db import models
        from django.db.models import Func

        class Now(Func):
            template = "NOW()"
            output_field = models.DateTimeField()
        """
    )
    assert frameworks(facts) == {}
    assert fields(facts) == {}


def test_managers_and_their_type_hints_are_not_fields() -> None:
    facts = run(
        """
        from django.db import models

        class Message(models.Model):
            objects = wrapped_manager(CurrentSiteManager)
            next_messages: models.Manager["Message"]
            body = models.TextField()
        """
    )
    found = fields(facts)
    assert "app.Message.body" in found
    assert "app.Message.objects" not in found
    assert "app.Message.next_messages" not in found


def test_a_module_helper_that_returns_a_field_constructor_is_read_as_that_constructor() -> None:
    facts = run(
        """
        from django.db import models

        def _record_link(model):
            \"\"\"A nullable link kept when the record goes.\"\"\"
            return models.ForeignKey(model, null=True, on_delete=models.SET_NULL)

        def label(text):
            return text.upper()

        class Interaction(models.Model):
            lead = _record_link("leads.Lead")
            kind = label("call")
        """,
        "crm/models.py",
        "crm.models",
    )
    found = fields(facts)
    assert found["crm.models.Interaction.lead"].types == ("ForeignKey",)
    assert found["crm.models.Interaction.lead"].related == "leads.Lead"
    assert found["crm.models.Interaction.kind"].types == ("label",)  # not the helper's upper()
