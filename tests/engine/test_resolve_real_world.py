"""Rules from published applications (eval/real/): shapes that written-for-the-purpose code
rarely has, each with a case that fires and one that stays quiet."""

from __future__ import annotations

from privlint.analysis.extractors import ALL_EXTRACTORS
from privlint.analysis.parse import analyse_source
from privlint.catalog import load_catalog
from privlint.checks.base import ClassifiedField
from privlint.resolve import resolve_fields


def resolved(source: str, module: str = "app.models") -> dict[str, ClassifiedField]:
    facts = analyse_source(
        source.encode(), f"{module.replace('.', '/')}.py", module, ALL_EXTRACTORS
    )
    fields = resolve_fields([facts], None, load_catalog())
    return {f.fact.symbol.removeprefix(f"{module}."): f for f in fields}


def element(found: dict[str, ClassifiedField], name: str) -> str | None:
    item = found.get(name)
    return item.classification.element if item else None


DICOM_STYLE = """
from django.db import models


class Study(models.Model):
    patient_name = models.CharField(max_length=100)
    referring_physician_name = models.TextField()
    manufacturer = models.TextField()
    device_serial_number = models.TextField()
    station_name = models.TextField()
    protocol_description = models.TextField()


class Referral(models.Model):
    patient_name = models.CharField(max_length=100)
    what_happened = models.TextField()
    background = models.TextField()
"""


def test_long_text_says_nothing_where_a_class_keeps_short_values_in_it() -> None:
    found = resolved(DICOM_STYLE)
    assert element(found, "Study.manufacturer") is None
    assert element(found, "Study.protocol_description") is None
    assert element(found, "Referral.what_happened") == "content"
    assert element(found, "Referral.background") == "content"
