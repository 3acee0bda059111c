"""`privlint inventory --review` end to end: the queue in every format, never mixed into the
inventory's fields."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

MODELS = """\
from django.db import models


class Patient(models.Model):
    full_name = models.CharField(max_length=100)
    email = models.EmailField()
    vh_left = models.DecimalField(max_digits=4, decimal_places=2)
"""


def test_inventory_review_in_every_format(project: Path, run_cli) -> None:
    (project / "app" / "eyes.py").write_text(MODELS)
    code, out, _ = run_cli("inventory", "app/eyes.py", "--review", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert [r["symbol"] for r in doc["review"]] == ["app.eyes.Patient.vh_left"]
    assert doc["summary"]["review"] == 1
    assert all(r["element"] for r in doc["fields"])  # the queue never mixes into fields

    code, out, _ = run_cli("inventory", "app/eyes.py", "--review", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    (queued_row,) = [r for r in rows if r["source"] == "review"]
    assert queued_row["symbol"] == "app.eyes.Patient.vh_left" and queued_row["element"] == ""

    code, out, _ = run_cli("inventory", "app/eyes.py", "--review", "--color", "never")
    assert "To review (1)" in out and "Patient.vh_left" in out


def test_inventory_without_review_has_no_queue(project: Path, run_cli) -> None:
    (project / "app" / "eyes.py").write_text(MODELS)
    code, out, _ = run_cli("inventory", "app/eyes.py", "--format", "json")
    assert code == 0
    assert "review" not in json.loads(out)


def test_explain_says_a_field_is_queued_for_review(project: Path, run_cli) -> None:
    (project / "app" / "eyes.py").write_text(MODELS)
    code, out, _ = run_cli("explain", "app/eyes.py:7", "--color", "never")
    assert code == 0
    assert "not personal data" in out
    assert "review:" in out and "inventory --review" in out
    code, out, _ = run_cli("explain", "app/eyes.py:5", "--color", "never")
    assert "review:" not in out  # full_name is classified, not queued
