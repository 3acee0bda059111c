"""The review queue (`privlint inventory --review`): value fields of records about a person
that no pattern matched, and nothing else."""

from __future__ import annotations

from privlint.analysis.extractors import ALL_EXTRACTORS
from privlint.analysis.parse import analyse_source
from privlint.catalog import load_catalog
from privlint.resolve import resolve_fields
from privlint.review import review_candidates

SOURCE = b"""
from django.db import models


class Patient(models.Model):
    full_name = models.CharField(max_length=100)
    email = models.EmailField()
    vh_left = models.DecimalField(max_digits=4, decimal_places=2)


class SightTest(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE)
    cyl_score = models.DecimalField(max_digits=4, decimal_places=2)
    tested_at = models.DateTimeField()
    paid = models.BooleanField()
    room_id = models.IntegerField()
    status = models.CharField(max_length=10)
    lens_batch = models.CharField(max_length=10)  # privlint: not-personal
    venue = models.CharField(max_length=40)
    frame_sku = models.CharField(max_length=20)


class Frame(models.Model):
    colour = models.CharField(max_length=20)
    bridge_width = models.IntegerField()
"""


def queued() -> dict[str, str]:
    facts = analyse_source(SOURCE, "optics/models.py", "optics.models", ALL_EXTRACTORS)
    catalog = load_catalog()
    fields = resolve_fields([facts], None, catalog)
    return {
        c.fact.symbol.removeprefix("optics.models."): c.why
        for c in review_candidates([facts], fields, catalog)
    }


def test_unmatched_values_of_records_about_a_person_are_queued() -> None:
    found = queued()
    assert set(found) == {"Patient.vh_left", "SightTest.cyl_score"}
    assert "its field 'patient' links it to a person" in found["SightTest.cyl_score"]
    assert "no catalogue pattern matches 'cyl_score'" in found["SightTest.cyl_score"]
    assert "person object (word 'patient')" in found["Patient.vh_left"]


def test_keys_times_flags_states_and_marked_fields_are_not_queued() -> None:
    found = queued()
    names = ("tested_at", "paid", "room_id", "status", "lens_batch", "patient")
    for name in (*names, "venue", "frame_sku"):
        assert f"SightTest.{name}" not in found


def test_records_not_about_a_person_are_not_queued() -> None:
    assert not any(symbol.startswith("Frame.") for symbol in queued())


def test_a_match_the_project_pass_set_aside_is_queued_with_that_reason() -> None:
    source = b"""
from django.db import models
from django.contrib.auth.hashers import make_password


class Member(models.Model):
    email = models.EmailField()
    password = models.CharField(max_length=128)
    sph_left = models.DecimalField(max_digits=4, decimal_places=2)

    def set_password(self, raw):
        self.password = make_password(raw)
"""
    from privlint.plugins import registry

    facts = analyse_source(source, "club/models.py", "club.models", registry().extractors)
    catalog = load_catalog()
    fields = resolve_fields([facts], None, catalog)
    found = {
        c.fact.symbol.removeprefix("club.models."): c.why
        for c in review_candidates([facts], fields, catalog)
    }
    assert "matches credentials.password alone" in found["Member.password"]
    assert "no catalogue pattern matches" not in found["Member.password"]
    assert "no catalogue pattern matches 'sph_left'" in found["Member.sph_left"]
