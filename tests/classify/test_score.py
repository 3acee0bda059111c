"""The evaluation scorer's arithmetic, on a hand-made inventory JSON."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def score_mod():
    spec = importlib.util.spec_from_file_location("privlint_eval_score", ROOT / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


LABELS = """
[labels]
"m.C.email" = "contact.email"
"m.C.first" = "identity.name.first"
"m.C.phone" = "contact.phone"
"m.C.total" = false
"m.C.notes" = "content.note"
"m.C.lng" = false
"""

ROWS = [
    {"symbol": "m.C.email", "kind": "field", "element": "contact.email"},  # tp contact
    {"symbol": "m.C.first", "kind": "field", "element": "identity.name"},  # tp (parent)
    {"symbol": "m.C.phone", "kind": "field", "element": "contact.email"},  # fp + fn contact
    {"symbol": "m.C.total", "kind": "field", "element": "financial.transaction"},  # fp
    {"symbol": "m.C.lng", "kind": "field", "element": None},  # tn
    {"symbol": "m.f.email", "kind": "parameter", "element": "contact.email"},  # not scored
    {"symbol": "m.C.extra", "kind": "field", "element": "contact.email"},  # unlabelled
]


def test_scorer_arithmetic(score_mod, tmp_path: Path) -> None:
    labels_path = tmp_path / "labels.toml"
    labels_path.write_text(LABELS, encoding="utf-8")
    scores = score_mod.score(score_mod.predictions(ROWS), score_mod.load_labels(labels_path))
    o = scores.overall
    assert (o.tp, o.fp, o.fn) == (2, 2, 2)  # notes is missed: fn
    assert o.precision == pytest.approx(0.5)
    assert o.recall == pytest.approx(0.5)
    assert o.f1 == pytest.approx(0.5)
    contact = scores.by_family["contact"]
    assert (contact.tp, contact.fp, contact.fn) == (1, 1, 1)
    assert scores.by_family["financial"].fp == 1
    assert scores.by_family["content"].fn == 1
    assert scores.by_family["identity"].tp == 1
    assert scores.unlabelled == ["m.C.extra"]
    assert (scores.labelled, scores.positives) == (6, 4)


def test_direct_mode_and_thresholds(score_mod, tmp_path: Path, capsys) -> None:
    labels_path = tmp_path / "labels.toml"
    labels_path.write_text(LABELS, encoding="utf-8")
    inventory = tmp_path / "inv.json"
    inventory.write_text(json.dumps({"fields": ROWS}), encoding="utf-8")
    argv = ["--direct", str(inventory), "--labels", str(labels_path), "--errors"]
    assert score_mod.main(argv) == 0
    out = capsys.readouterr().out
    assert "OVERALL" in out and "0.500" in out
    assert "m.C.phone: expected contact.phone, got contact.email" in out
    assert score_mod.main([*argv, "--min-precision", "0.9"]) == 1


@pytest.mark.parametrize(
    ("expected", "predicted", "ok"),
    [
        ("contact.email", "contact.email", True),
        ("contact", "contact.email", True),
        ("identity.name.first", "identity.name", True),
        ("contact.email", "contact.phone", False),
        ("contact.email", "contact.emailish", False),
    ],
)
def test_element_matches(score_mod, expected: str, predicted: str, ok: bool) -> None:
    assert score_mod.element_matches(expected, predicted) is ok


def test_labels_are_valid_catalogue_keys(score_mod, catalog) -> None:
    labels = score_mod.load_labels(ROOT / "eval" / "labels.toml")
    assert len(labels) >= 250
    unknown = sorted({e for e in labels.values() if e and e not in catalog})
    assert unknown == []
