"""Record context (resolve.py): free text about a person, and address parts without an address."""

from __future__ import annotations

from privlint.analysis.extractors import ALL_EXTRACTORS
from privlint.analysis.parse import analyse_source
from privlint.catalog import load_catalog
from privlint.checks.base import ClassifiedField
from privlint.resolve import resolve_fields

SOURCE = b"""
from django import forms
from django.db import models


class Tenant(models.Model):
    full_name = models.CharField(max_length=100)
    email = models.EmailField()
    city = models.CharField(max_length=60)
    life_story = models.TextField()


class Repair(models.Model):
    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE)
    what_happened = models.TextField()
    reply_template = models.TextField()
    reference = models.CharField(max_length=20)


class Product(models.Model):
    title = models.CharField(max_length=100)
    blurb = models.TextField()


class Recipe(models.Model):
    method = models.TextField()


class ShippingAddress(models.Model):
    customer = models.ForeignKey(Tenant, on_delete=models.CASCADE)
    street = models.CharField(max_length=100)
    city = models.CharField(max_length=60)
    country = models.CharField(max_length=60)


class AppealForm(forms.Form):
    tenant = forms.ModelChoiceField(queryset=Tenant.objects.all())
    grounds_given = forms.CharField(widget=forms.Textarea)
    summary_line = forms.CharField()
"""


def resolved() -> dict[str, ClassifiedField]:
    facts = analyse_source(SOURCE, "repairs/models.py", "repairs.models", ALL_EXTRACTORS)
    fields = resolve_fields([facts], None, load_catalog())
    return {f.fact.symbol.removeprefix("repairs.models."): f for f in fields}


def element(found: dict[str, ClassifiedField], name: str) -> str | None:
    item = found.get(name)
    return item.classification.element if item else None


def test_long_text_on_a_record_linked_to_a_person_is_content() -> None:
    found = resolved()
    assert element(found, "Repair.what_happened") == "content"
    text = found["Repair.what_happened"].classification.explanation.summary()
    assert "'TextField' holds long free text" in text
    assert "its field 'tenant' links it to a person" in text


def test_long_text_on_a_person_object_is_content() -> None:
    assert element(resolved(), "Tenant.life_story") == "content"


def test_textarea_widget_counts_as_long_text() -> None:
    found = resolved()
    assert element(found, "AppealForm.grounds_given") == "content"
    assert element(found, "AppealForm.summary_line") is None  # a plain CharField


def test_free_text_stays_quiet_on_templates_products_and_unlinked_records() -> None:
    found = resolved()
    assert element(found, "Repair.reply_template") is None
    assert element(found, "Product.blurb") is None
    assert element(found, "Recipe.method") is None
    assert element(found, "Repair.reference") is None


def test_city_without_an_address_line_is_coarse_location() -> None:
    found = resolved()
    assert element(found, "Tenant.city") == "location.coarse"
    text = found["Tenant.city"].classification.explanation.summary()
    assert "no street, address or postcode field" in text


def test_city_next_to_a_street_is_an_address_part() -> None:
    found = resolved()
    assert element(found, "ShippingAddress.city") == "contact.postal_address.city"
    assert element(found, "ShippingAddress.country") == "contact.postal_address.country"


FIRM = b"""
from django.db import models


class Address(models.Model):
    line_1 = models.CharField(max_length=100)
    postcode = models.CharField(max_length=10)


class Agent(models.Model):
    firm_name = models.CharField(max_length=100)
    contact_email = models.EmailField()
    phone = models.CharField(max_length=20)


class Taxpayer(models.Model):
    full_name = models.CharField(max_length=100)
    email = models.EmailField()
    home = models.ForeignKey(Address, on_delete=models.PROTECT)
    address_id = models.ForeignKey(Address, on_delete=models.PROTECT, related_name="+")
"""


def test_a_person_named_class_with_a_firm_field_is_an_organisation() -> None:
    facts = analyse_source(FIRM, "tax/models.py", "tax.models", ALL_EXTRACTORS)
    found = {
        f.fact.symbol: f.classification.element
        for f in resolve_fields([facts], None, load_catalog())
    }
    assert "tax.models.Agent.contact_email" not in found
    assert "tax.models.Agent.phone" not in found
    assert found["tax.models.Taxpayer.email"] == "contact.email"


def test_a_key_to_an_address_record_is_not_the_address() -> None:
    facts = analyse_source(FIRM, "tax/models.py", "tax.models", ALL_EXTRACTORS)
    found = {
        f.fact.symbol: f.classification.element
        for f in resolve_fields([facts], None, load_catalog())
    }
    assert found["tax.models.Taxpayer.home"] == "contact.postal_address"
    assert "tax.models.Taxpayer.address_id" not in found


STATEMENTS = b"""
from pydantic import BaseModel


class Driver(BaseModel):
    full_name: str
    email: str


class Strike(BaseModel):
    driver: Driver
    statement: str
    reason: str
    severity: int


class Repository(BaseModel):
    name: str
    summary: str
"""


def test_a_free_text_name_on_a_linked_record_is_content() -> None:
    facts = analyse_source(STATEMENTS, "taxi/records.py", "taxi.records", ALL_EXTRACTORS)
    found = {f.fact.symbol: f.classification for f in resolve_fields([facts], None, load_catalog())}
    assert found["taxi.records.Strike.statement"].element == "content"
    assert (
        "'statement' names free text"
        in found["taxi.records.Strike.statement"].explanation.summary()
    )
    assert "taxi.records.Strike.reason" not in found  # a reason is as often a code
    assert "taxi.records.Strike.severity" not in found
    assert "taxi.records.Repository.summary" not in found  # not about a person
