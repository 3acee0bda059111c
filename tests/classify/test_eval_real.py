"""The real-application sets (eval/real/): the fetcher unpacks only what is scored and refuses a
wrong archive, and both labellings of every set name the same symbols with catalogue keys. No
test here touches the network: archives are built locally."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import sys
import tarfile
import zipfile
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from privlint.catalog import load_catalog

REAL = Path(__file__).resolve().parents[2] / "eval" / "real"


@cache
def _module(name: str):
    spec = importlib.util.spec_from_file_location(f"privlint_eval_real_{name}", REAL / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


MODULES = {
    "shop/__init__.py": b"",
    "shop/models.py": b"class Customer:\n    email: str\n",
    "shop/tests/test_models.py": b"x = 1\n",
    "shop/migrations/0001_initial.py": b"x = 1\n",
    "shop/conftest.py": b"x = 1\n",
    "shop/test_views.py": b"x = 1\n",
    "shop/static/app.js": b"1;\n",
    "other/models.py": b"x = 1\n",
    "setup.py": b"raise SystemExit('never run')\n",
}


def _wheel(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in MODULES.items():
            zf.writestr(name, data)
        zf.writestr("shop-1.0.dist-info/METADATA", "Name: shop\n")
    return path


def _sdist(path: Path, root: str) -> Path:
    with tarfile.open(path, "w:gz") as tf:
        for name, data in {**MODULES, "../evil.py": b"x = 1\n"}.items():
            info = tarfile.TarInfo(f"{root}/{name}" if not name.startswith("..") else name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def _release(archive: Path, root: str = ""):
    fetch = _module("fetch")
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    return fetch.Release("shop==1.0", archive.name, digest, ("shop",), root)


def _unpacked(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("kind", ["wheel", "sdist"])
def test_only_the_packages_modules_are_unpacked(tmp_path: Path, kind: str) -> None:
    fetch = _module("fetch")
    if kind == "wheel":
        release = _release(_wheel(tmp_path / "shop-1.0-py3-none-any.whl"))
    else:
        release = _release(_sdist(tmp_path / "shop-1.0.tar.gz", "shop-1.0"), root="shop-1.0")
    corpus = tmp_path / "corpus"
    assert fetch.unpack(release, tmp_path / release.archive, corpus) == 2
    assert _unpacked(corpus) == ["shop/__init__.py", "shop/models.py"]


def test_an_include_list_keeps_its_modules_and_the_packages_above_them(tmp_path: Path) -> None:
    fetch = _module("fetch")
    release = replace(
        _release(_wheel(tmp_path / "shop-1.0-py3-none-any.whl")), include=("shop/models.py",)
    )
    assert fetch.destination("shop/models.py", release) is not None
    assert fetch.destination("shop/__init__.py", release) is not None
    assert fetch.destination("shop/views/__init__.py", release) is None
    assert fetch.destination("shop/admin.py", release) is None


def test_a_wrong_archive_is_refused(tmp_path: Path) -> None:
    fetch = _module("fetch")
    release = _release(_wheel(tmp_path / "shop-1.0-py3-none-any.whl"))
    tampered = replace(release, sha256="0" * 64)
    with pytest.raises(SystemExit, match="SHA-256"):
        fetch.unpack(tampered, tmp_path / release.archive, tmp_path / "corpus")
    assert not (tmp_path / "corpus").exists()


def test_fetch_reuses_a_complete_folder_and_redoes_a_stale_one(tmp_path: Path) -> None:
    fetch = _module("fetch")
    archives = tmp_path / "archives"
    archives.mkdir()
    release = _release(_wheel(archives / "shop-1.0-py3-none-any.whl"))
    real = fetch.RealSet("shop", "a shop", ("a.toml", "b.toml"), (release,))
    corpus = fetch.fetch(real, tmp_path / "work", archives)
    assert _unpacked(corpus) == ["shop/__init__.py", "shop/models.py"]
    (corpus / "shop" / "stray.py").write_text("x = 1\n")
    assert fetch.fetch(real, tmp_path / "work", archives) == corpus
    assert (corpus / "shop" / "stray.py").exists()  # complete: left alone
    (tmp_path / "work" / "shop.complete").write_text("another release")
    fetch.fetch(real, tmp_path / "work", archives)
    assert not (corpus / "shop" / "stray.py").exists()  # stale: unpacked afresh


def test_unknown_set_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        _module("fetch").main(["no-such-set"])
    assert exit_info.value.code == 2
    assert "unknown set no-such-set" in capsys.readouterr().err


SETS = _module("fetch").load_sets()


def test_projects_name_pinned_releases_with_hashes() -> None:
    assert len(SETS) >= 4
    for real in SETS.values():
        assert len(real.labels) == 2
        for release in real.releases:
            assert "==" in release.requirement
            assert len(release.sha256) == 64
            assert release.packages


@pytest.mark.parametrize("name", sorted(SETS))
def test_both_labellings_name_the_same_symbols_with_catalogue_keys(name: str) -> None:
    load_labels = _module("report").load_labels
    first, second = (load_labels(REAL / f) for f in SETS[name].labels)
    assert len(first) >= 150
    assert set(first) == set(second)
    catalog = load_catalog().elements
    families = {key.split(".")[0] for key in catalog.elements}
    values = {e for e in [*first.values(), *second.values()] if e}
    assert sorted(e for e in values if e not in catalog and e not in families) == []
