"""A warm run (nothing changed) is answered from the whole-run cache before the catalogue is
parsed: the data packs' bytes decide the cache key, not their parsed form."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from privlint import engine
from privlint.catalog import catalog_digest, load_catalog, rules_root
from privlint.config import Config

MODELS = """\
from django.db import models


class Account(models.Model):
    email = models.EmailField()
    passport_number = models.CharField(max_length=20)
"""


def test_the_digest_without_parsing_matches_the_parsed_catalogue() -> None:
    assert catalog_digest() == load_catalog().digest


def test_a_warm_run_needs_no_parsed_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text("")
    (tmp_path / "app" / "models.py").write_text(MODELS)
    shutil.copy(rules_root() / "docs" / "_base.toml", tmp_path / "privacy.toml")
    config = Config(root=tmp_path)
    cache = tmp_path / "cache"
    cold = engine.run([tmp_path], config, cache_dir=cache, jobs=1)
    assert cold.findings and not cold.errors

    def no_catalogue(*_args: object) -> None:
        raise AssertionError("a warm run parsed the catalogue")

    monkeypatch.setattr(engine, "catalog_for", no_catalogue)
    warm = engine.run([tmp_path], config, cache_dir=cache, jobs=1)
    assert [f.code for f in warm.findings] == [f.code for f in cold.findings]
    (tmp_path / "app" / "models.py").write_text(MODELS + "    phone = models.CharField()\n")
    with pytest.raises(AssertionError, match="parsed the catalogue"):
        engine.run([tmp_path], config, cache_dir=cache, jobs=1)  # a change needs it again
