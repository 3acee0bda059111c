"""Fetch the real applications of eval/real/projects.toml and unpack their Python modules.

Usage (from the repository root):

    python eval/real/fetch.py oscar               # prints the folder to score
    python eval/real/fetch.py --all               # every set, one folder per line
    python eval/real/fetch.py oscar --archives D  # use archives already in D (offline)

Each release is downloaded from PyPI's simple index as the exact archive named in
projects.toml, its SHA-256 is checked, and only the ``.py`` files of the listed packages are
unpacked (tests, migrations and conftest files are left out). The archive is read, never
installed: ``pip download`` would run an sdist's ``setup.py`` to read its metadata, and nothing
here runs the code it fetches. Folders are kept under ``~/.cache/privlint-eval/real/`` and reused.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tarfile
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
DEFAULT_WORK = Path.home() / ".cache" / "privlint-eval" / "real"
INDEX = "https://pypi.org/simple"
SKIPPED_FOLDERS = frozenset({"tests", "test", "migrations"})


@dataclass(frozen=True)
class Release:
    """One archive on PyPI and the top-level packages taken from it."""

    requirement: str
    archive: str
    sha256: str
    packages: tuple[str, ...]
    root: str = ""
    include: tuple[str, ...] = ()  # path prefixes to keep; empty keeps every package module

    @property
    def project(self) -> str:
        return self.requirement.split("==")[0]


@dataclass(frozen=True)
class RealSet:
    name: str
    description: str
    labels: tuple[str, ...]
    releases: tuple[Release, ...]


def load_sets(path: Path = HERE / "projects.toml") -> dict[str, RealSet]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    sets: dict[str, RealSet] = {}
    for name, entry in data["sets"].items():
        releases = tuple(
            Release(
                requirement=p["requirement"],
                archive=p["archive"],
                sha256=p["sha256"],
                packages=tuple(p["packages"]),
                root=p.get("root", ""),
                include=tuple(p.get("include", ())),
            )
            for p in entry["packages"]
        )
        sets[name] = RealSet(name, entry["description"], tuple(entry["labels"]), releases)
    return sets


def destination(member: str, release: Release) -> PurePosixPath | None:
    """Where an archive member is unpacked to, or None when it is left out."""
    path = PurePosixPath(member)
    if path.is_absolute() or ".." in path.parts:
        return None
    if release.root:
        if path.parts[:1] != (release.root,):
            return None
        path = PurePosixPath(*path.parts[1:]) if len(path.parts) > 1 else PurePosixPath()
    if path.suffix != ".py" or len(path.parts) < 2 or path.parts[0] not in release.packages:
        return None
    if SKIPPED_FOLDERS & set(path.parts[:-1]):
        return None
    if path.name.startswith("test_") or path.name == "conftest.py":
        return None
    if release.include and not _included(path.as_posix(), release.include):
        return None
    return path


def _included(path: str, include: tuple[str, ...]) -> bool:
    """Under an included prefix, or a package ``__init__`` above one (module names need it)."""
    if any(path == p or path.startswith(p.rstrip("/") + "/") for p in include):
        return True
    folder = path.removesuffix("__init__.py")
    return path.endswith("/__init__.py") and any(p.startswith(folder) for p in include)


def members(archive: Path) -> Iterator[tuple[str, bytes]]:
    """Every regular file of a wheel, zip or tarball, with its bytes."""
    if archive.suffix in {".whl", ".zip"}:
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                if not info.is_dir():
                    yield info.filename, zf.read(info)
        return
    with tarfile.open(archive) as tf:
        for info in tf:
            if info.isfile():
                handle = tf.extractfile(info)
                if handle is not None:
                    yield info.name, handle.read()


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def download(release: Release, into: Path) -> Path:
    """The release's archive, from PyPI's simple index (JSON form), checked against its hash."""
    target = into / release.archive
    if target.is_file() and sha256_of(target) == release.sha256:
        return target
    request = urllib.request.Request(
        f"{INDEX}/{release.project}/", headers={"Accept": "application/vnd.pypi.simple.v1+json"}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        files = json.load(response)["files"]
    url = next((f["url"] for f in files if f["filename"] == release.archive), None)
    if url is None:
        raise SystemExit(f"error: {release.archive} is not on {INDEX}/{release.project}/")
    into.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".part")
    with urllib.request.urlopen(url, timeout=300) as response, partial.open("wb") as out:
        shutil.copyfileobj(response, out)
    partial.replace(target)
    return target


def unpack(release: Release, archive: Path, corpus: Path) -> int:
    """Write the release's wanted modules under corpus; returns how many were written."""
    actual = sha256_of(archive)
    if actual != release.sha256:
        raise SystemExit(
            f"error: {archive}: SHA-256 is {actual}, projects.toml expects {release.sha256}"
        )
    written = 0
    for name, data in members(archive):
        path = destination(name, release)
        if path is None:
            continue
        out = corpus.joinpath(*path.parts)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        written += 1
    return written


def fetch(real: RealSet, work: Path = DEFAULT_WORK, archives: Path | None = None) -> Path:
    """The folder holding the set's modules, fetched and unpacked once."""
    corpus = work / real.name
    stamp = work / f"{real.name}.complete"
    expected = "\n".join(r.sha256 for r in real.releases)
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == expected:
        return corpus
    stamp.unlink(missing_ok=True)
    shutil.rmtree(corpus, ignore_errors=True)
    corpus.mkdir(parents=True)
    for release in real.releases:
        archive = (archives / release.archive) if archives else download(release, work / "archives")
        if not archive.is_file():
            raise SystemExit(f"error: {archive} does not exist")
        if not unpack(release, archive, corpus):
            raise SystemExit(f"error: {archive} holds no module of {', '.join(release.packages)}")
    stamp.write_text(expected, encoding="utf-8")
    return corpus


def main(argv: list[str] | None = None) -> int:
    sets = load_sets()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", metavar="SET", help=f"one of: {', '.join(sets)}")
    parser.add_argument("--all", action="store_true", help="fetch every set")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="cache folder")
    parser.add_argument("--archives", type=Path, help="take the archives from this folder")
    args = parser.parse_args(argv)
    names = list(sets) if args.all else args.names
    if not names:
        parser.error("name a set or pass --all")
    unknown = [n for n in names if n not in sets]
    if unknown:
        parser.error(f"unknown set {', '.join(unknown)}; known: {', '.join(sets)}")
    for name in names:
        print(fetch(sets[name], args.work, args.archives))
    return 0


if __name__ == "__main__":
    sys.exit(main())
