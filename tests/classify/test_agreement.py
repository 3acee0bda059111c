"""eval/agreement.py: two labellings of the same code compared with the scorer's rules."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FIRST = """
[labels]
"m.C.email" = "contact.email"
"m.C.first" = "identity.name.first"
"m.C.phone" = "contact.phone"
"m.C.total" = false
"m.C.side" = "health.condition"
"m.C.lng" = false
"""

SECOND = """
[labels]
"m.C.email" = "contact"
"m.C.first" = "identity.name"
"m.C.phone" = "contact.email"
"m.C.total" = "financial.transaction"
"m.C.side" = false
"m.C.lng" = false
"""


@pytest.fixture(scope="module")
def agreement():
    return runpy.run_path(str(ROOT / "eval" / "agreement.py"), run_name="privlint_eval_agreement")


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_second_labelling_is_scored_against_the_first(agreement, tmp_path, capsys):
    first, second = _write(tmp_path, "a.toml", FIRST), _write(tmp_path, "b.toml", SECOND)
    assert agreement["main"]([str(first), str(second), "--errors"]) == 0
    out = capsys.readouterr().out
    # tp: email (parent), first (parent); fp: phone (sibling), total; fn: phone, side
    assert "OVERALL           2    2    2" in out
    assert "m.C.side: expected health.condition, got -" in out
    assert "consensus: 3 of 6 symbols labelled alike" in out


def test_consensus_keeps_the_more_specific_element(agreement):
    first = {"a": "identity.name", "b": None, "c": "contact.email", "d": None}
    second = {"a": "identity.name.first", "b": None, "c": "contact.phone", "d": "content"}
    assert agreement["consensus"](first, second) == {"a": "identity.name.first", "b": None}


def test_kappa_is_one_for_identical_and_zero_for_chance(agreement):
    same = {"a": "x", "b": None, "c": "y", "d": None}
    assert agreement["kappa"](same, same) == pytest.approx(1.0)
    first = {"a": "x", "b": "x", "c": None, "d": None}
    second = {"a": "x", "b": None, "c": "x", "d": None}
    assert agreement["kappa"](first, second) == pytest.approx(0.0)


def test_different_symbol_sets_are_a_usage_error(agreement, tmp_path, capsys):
    first = _write(tmp_path, "a.toml", FIRST)
    second = _write(tmp_path, "b.toml", '[labels]\n"m.C.email" = "contact.email"\n')
    assert agreement["main"]([str(first), str(second)]) == 2
    assert "cover different symbols" in capsys.readouterr().err
