"""Every labelled set in eval/ can be scored as the README says: its labels use catalogue
keys, and its labels and privlint's extracted fields name the same symbols (a personal label
privlint never extracts would be a miss no detector could fix; an extracted field without a
label would never be scored)."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

import pytest

from privlint.analysis.inherited import add_inherited_fields
from privlint.analysis.meta_models import lend_model_fields
from privlint.analysis.parse import analyse_source, module_name_for
from privlint.catalog import load_catalog
from privlint.plugins import registry

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "eval"
SETS = sorted(
    (labels, EVAL / ("corpus" if labels.stem == "labels" else labels.stem[: -len("_labels")]))
    for labels in EVAL.glob("*labels.toml")
)


@cache
def _score_module():
    spec = importlib.util.spec_from_file_location("privlint_eval_score_sets", EVAL / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_labelled_set_is_found() -> None:
    assert len(SETS) >= 33
    assert all(corpus.is_dir() for _, corpus in SETS), [c for _, c in SETS if not c.is_dir()]


@pytest.mark.parametrize(("labels_file", "corpus"), SETS, ids=[c.name for _, c in SETS])
def test_labels_and_extracted_fields_agree(labels_file: Path, corpus: Path) -> None:
    labels = _score_module().load_labels(labels_file)
    catalog = load_catalog().elements
    families = {key.split(".")[0] for key in catalog.elements}
    unknown = sorted({e for e in labels.values() if e and e not in catalog and e not in families})
    assert unknown == []
    extractors = registry().extractors
    files = []
    for path in sorted(corpus.rglob("*.py")):
        facts = analyse_source(path.read_bytes(), str(path), module_name_for(path), extractors)
        assert not [p for p in facts.problems if "SyntaxError" in p.message], path
        files.append(facts)
    # the project passes add the fields a framework base gives a class (AbstractUser's) and
    # those a form or serializer takes from its model with fields = "__all__" or exclude
    files = lend_model_fields(add_inherited_fields(files, catalog.vocabulary.inherited_fields))
    fields = {f.symbol for facts in files for f in facts.fields if f.kind == "field"}
    unreachable = sorted(s for s, e in labels.items() if e and s not in fields)
    assert unreachable == []
    assert sorted(fields - set(labels)) == []


SECOND = sorted((EVAL / "agreement").glob("*_second_labels.toml"))


@pytest.mark.parametrize("second_file", SECOND, ids=[p.name.split("_")[0] for p in SECOND])
def test_a_second_labelling_labels_the_same_symbols(second_file: Path) -> None:
    """eval/agreement.py compares two labellings symbol by symbol: both must name the same ones."""
    load = _score_module().load_labels
    first = load(EVAL / f"{second_file.name.split('_')[0]}_labels.toml")
    second = load(second_file)
    assert sorted(set(first) ^ set(second)) == []
    catalog = load_catalog().elements
    families = {key.split(".")[0] for key in catalog.elements}
    unknown = {e for e in second.values() if e and e not in catalog and e not in families}
    assert sorted(unknown) == []
