"""Links to classes the project shows to be person records are personal data."""

from __future__ import annotations

from privlint.analysis.extractors import ALL_EXTRACTORS
from privlint.analysis.parse import analyse_source
from privlint.catalog import load_catalog
from privlint.resolve import person_records, resolve_fields

SOURCE = b"""
from django.db import models


class Zorblat(models.Model):
    full_name = models.CharField(max_length=100)
    email = models.EmailField()


class Product(models.Model):
    title = models.CharField(max_length=100)
    sku = models.CharField(max_length=20)


class Claim(models.Model):
    link = models.ForeignKey(Zorblat, on_delete=models.PROTECT)
    product = models.ForeignKey(Product, on_delete=models.PROTECT)
    zorblat_id = models.IntegerField()
    product_id = models.IntegerField()
    amount = models.DecimalField()
"""


def resolved() -> dict[str, str]:
    facts = analyse_source(SOURCE, "claims/models.py", "claims.models", ALL_EXTRACTORS)
    fields = resolve_fields([facts], None, load_catalog())
    return {f.fact.symbol: f.classification.element for f in fields}


def test_person_records_need_two_kinds_of_identifying_data() -> None:
    facts = analyse_source(SOURCE, "claims/models.py", "claims.models", ALL_EXTRACTORS)
    records = person_records([facts], load_catalog().elements.vocabulary)
    assert set(records) == {"Zorblat"}
    assert records["Zorblat"] == ("email", "name")


def test_links_to_person_records_are_person_ids() -> None:
    found = resolved()
    assert found["claims.models.Claim.link"] == "identity.person_id"
    assert found["claims.models.Claim.zorblat_id"] == "identity.person_id"
    assert "claims.models.Claim.product" not in found
    assert "claims.models.Claim.product_id" not in found
    assert "claims.models.Claim.amount" not in found


def test_link_explanation_names_the_record_and_its_evidence() -> None:
    facts = analyse_source(SOURCE, "claims/models.py", "claims.models", ALL_EXTRACTORS)
    fields = resolve_fields([facts], None, load_catalog())
    (item,) = [f for f in fields if f.fact.name == "link"]
    text = item.classification.explanation.summary()
    assert "relationship to 'Zorblat'" in text
    assert "kinds email, name" in text


ORDER = b"""
from dataclasses import dataclass


@dataclass
class Order:
    shipping_name: str
    customer_email: str
    status: str


@dataclass
class Zorblat:
    name: str
    email: str
    town: str
"""


def test_prefixed_fields_do_not_make_a_person_record_but_plain_ones_do() -> None:
    facts = analyse_source(ORDER, "shop.py", "shop", ALL_EXTRACTORS)
    catalog = load_catalog()
    fields = resolve_fields([facts], None, catalog)
    records = person_records([facts], catalog.elements.vocabulary)
    assert set(records) == {"Zorblat"}
    found = {f.fact.symbol: f for f in fields}
    assert "shop.Order.status" not in found
    town = found["shop.Zorblat.town"].classification
    assert town.element.startswith(("location", "contact.postal_address"))
    assert "person record" in town.explanation.summary()
