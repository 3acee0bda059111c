"""A run collects cyclic garbage less often (a quarter of a cold run went to rescanning live
AST nodes) and leaves the process's collector settings as it found them."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from privlint import engine
from privlint.config import Config


@pytest.fixture
def default_thresholds() -> object:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_a_run_raises_the_thresholds_only_while_it_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, default_thresholds: object
) -> None:
    (tmp_path / "models.py").write_text("class Customer:\n    email: str\n")
    seen: list[tuple[int, int, int]] = []
    analyse = engine.analyse

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.get_threshold())
        return analyse(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "analyse", spy)
    engine.run([tmp_path], Config(root=tmp_path), use_cache=False, require_manifest=False)
    assert seen == [engine.GC_THRESHOLDS]
    assert gc.get_threshold() == (700, 10, 10)


def test_a_failing_run_restores_them_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, default_thresholds: object
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(engine, "analyse", broken)
    (tmp_path / "models.py").write_text("x = 1\n")
    with pytest.raises(RuntimeError):
        engine.run([tmp_path], Config(root=tmp_path), use_cache=False, require_manifest=False)
    assert gc.get_threshold() == (700, 10, 10)


def test_higher_settings_of_the_host_process_are_kept(
    tmp_path: Path, default_thresholds: object
) -> None:
    gc.set_threshold(50_000, 10, 10)
    with engine.rarer_collections():
        assert gc.get_threshold() == (50_000, 50, 100)
    assert gc.get_threshold() == (50_000, 10, 10)
