"""Workers parse a large project; what they return and cache equals a serial run's facts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from privlint import engine
from privlint.catalog import rules_root
from privlint.config import Config

MODULE = """\
import logging

from django.db import models

log = logging.getLogger(__name__)


class Customer{n}(models.Model):
    email = models.EmailField()
    date_of_birth = models.DateField()


def welcome(customer):
    log.info("welcome %s", customer.email)
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    app = tmp_path / "app"
    app.mkdir()
    (app / "__init__.py").write_text("")
    for n in range(engine.PARALLEL_THRESHOLD + engine.CHUNK_SIZE):  # two chunks at least
        (app / f"m{n}.py").write_text(MODULE.format(n=n))
    shutil.copy(rules_root() / "docs" / "_base.toml", tmp_path / "privacy.toml")
    return tmp_path


def _summary(result: engine.RunResult) -> tuple[list[tuple[str, str, int]], list[str]]:
    findings = sorted((f.code, f.path, f.span.line) for f in result.findings)
    return findings, sorted(f"{f.fact.symbol}={f.classification.element}" for f in result.fields)


def test_workers_find_what_a_serial_run_finds(project: Path) -> None:
    config = Config(root=project)
    serial = engine.run([project], config, jobs=1, use_cache=False)
    parallel = engine.run([project], config, jobs=2, use_cache=False)
    assert not serial.errors and not parallel.errors
    assert _summary(parallel) == _summary(serial)
    assert [f.path for f in parallel.files] == [f.path for f in serial.files]
    assert any(f.code == "PRV201" for f in parallel.findings)


def test_what_workers_cache_answers_the_next_run(project: Path) -> None:
    config = Config(root=project)
    cache = project / "cache"
    cold = engine.run([project], config, jobs=2, cache_dir=cache)
    assert cold.cached == 0
    (project / "privacy.toml").write_text(
        (project / "privacy.toml").read_text() + "\n"
    )  # a new manifest: the whole-run entry misses, every file's facts hit
    again = engine.run([project], config, jobs=2, cache_dir=cache)
    assert again.cached == cold.file_count
    assert _summary(again) == _summary(cold)


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_parent_parses_the_catalogue_once_while_workers_parse(
    project: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    calls: list[int] = []
    catalog_for = engine.catalog_for

    def counted(*args: object) -> object:
        calls.append(1)
        return catalog_for(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "catalog_for", counted)
    result = engine.run([project], Config(root=project), jobs=jobs, use_cache=False)
    assert calls == [1]
    assert result.fields


def test_a_broken_rule_pack_stops_the_workers_and_says_why(project: Path) -> None:
    pack = project / "pack" / "elements"
    pack.mkdir(parents=True)
    (pack / "broken.toml").write_text("[[element]]\nkey = \n")
    config = Config(root=project, rule_packs=(project / "pack",))
    with pytest.raises(engine.UsageError, match=r"broken\.toml"):
        engine.run([project], config, jobs=2, use_cache=False)


def test_the_manifest_is_read_while_workers_parse(project: Path) -> None:
    result = engine.run([project], Config(root=project), jobs=2, use_cache=False)
    assert result.manifest is not None
    assert (result.manifest_path or "").endswith("privacy.toml")
    assert any(f.code == "PRV201" for f in result.findings)  # checked against it
