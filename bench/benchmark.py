"""Benchmark privlint against its peers on the reference corpus (Django 5.2's own source).

Usage:  python bench/benchmark.py [--runs 3] [--corpus DIR] [--scale 1 2 4] [--peers]

Downloads the corpus with ``pip download --no-deps django==5.2`` into ``bench/.corpus/`` (once),
then runs, as whole processes, each command ``--runs`` times and prints the median wall time,
the peak resident memory of the process tree's largest process, and the ratio to privlint's
cold run. Peers run only when installed (ruff, semgrep, bandit, flake8, fixit). This is a
script, never a timed unit test: machines differ, so compare ratios measured in one run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS_VERSION = "5.2"
MANIFEST = HERE.parent / "examples" / "contact_centre" / "privacy.toml"  # the whole seed notice


@dataclass(frozen=True)
class Measurement:
    label: str
    seconds: float
    peak_mib: float
    exit_code: int


def compile_bytecode() -> None:
    """Compile privlint's modules as a wheel install does (pip writes the ``.pyc`` files).

    An editable install under ``PYTHONDONTWRITEBYTECODE=1`` never gets them, so every run would
    recompile privlint while the peers, installed from wheels, load theirs (about 0.06 s a run).
    """
    import compileall

    import privlint

    compileall.compile_dir(Path(privlint.__file__).parent, quiet=1)


def fetch_corpus(target: Path) -> Path:
    """Django's package directory from the PyPI wheel, unpacked once."""
    source = target / f"django-{CORPUS_VERSION}" / "django"
    if source.is_dir():
        return source
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                f"django=={CORPUS_VERSION}",
                "-d",
                tmp,
            ],
            check=True,
        )
        wheel = next(Path(tmp).glob("*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            members = [m for m in archive.namelist() if m.startswith("django/")]
            archive.extractall(target / f"django-{CORPUS_VERSION}", members)
    return source


def scaled_copy(source: Path, factor: int, target: Path) -> Path:
    """``factor`` copies of the corpus side by side (for the linearity check)."""
    out = target / f"x{factor}"
    if not out.is_dir():
        for i in range(factor):
            shutil.copytree(source, out / f"copy{i}" / "django")
    return out


def measure(
    label: str, argv: list[str], cwd: Path, env: dict[str, str] | None = None
) -> Measurement:
    """Run once as a child process; wall time and the peak RSS reported by wait4."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Measurement(label, seconds, usage.ru_maxrss / 1024, proc.returncode)


def median_of(runs: int, label: str, argv: list[str], cwd: Path, before=None) -> Measurement:
    samples = []
    for _ in range(runs):
        if before is not None:
            before()
        samples.append(measure(label, argv, cwd))
    return Measurement(
        label,
        statistics.median(s.seconds for s in samples),
        max(s.peak_mib for s in samples),
        samples[-1].exit_code,
    )


def peer_commands(corpus: Path) -> dict[str, list[str]]:
    peers: dict[str, list[str]] = {}
    if shutil.which("ruff"):
        peers["ruff --select ALL --no-cache"] = [
            "ruff",
            "check",
            "--select",
            "ALL",
            "--no-cache",
            "--exit-zero",
            "--quiet",
            str(corpus),
        ]
    if shutil.which("semgrep"):
        rule = HERE / "semgrep-one-rule.yml"
        peers["semgrep (one rule)"] = [
            "semgrep",
            "--metrics=off",
            "--disable-version-check",
            "--quiet",
            "--config",
            str(rule),
            str(corpus),
        ]
    if shutil.which("bandit"):
        peers["bandit -r"] = ["bandit", "-q", "-r", str(corpus)]
    if shutil.which("flake8"):
        peers["flake8"] = ["flake8", "--exit-zero", str(corpus)]
    if shutil.which("fixit"):
        peers["fixit lint"] = ["fixit", "lint", str(corpus)]
    return peers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--corpus", type=Path, help="a directory to lint instead of Django")
    parser.add_argument("--scale", type=int, nargs="*", default=[], help="also time 2x, 4x copies")
    parser.add_argument("--peers", action="store_true", help="also time installed peers")
    parser.add_argument(
        "--work", type=Path, help="where to keep the corpus (default ~/.cache/privlint-bench)"
    )
    args = parser.parse_args(argv)

    # Outside any git checkout: peers that honour .gitignore (fixit) would skip a corpus inside
    # this repository.
    work = args.work or Path.home() / ".cache" / "privlint-bench"
    corpus = args.corpus or fetch_corpus(work)
    compile_bytecode()
    files = sum(1 for _ in corpus.rglob("*.py"))
    lines = sum(p.read_bytes().count(b"\n") for p in corpus.rglob("*.py"))
    print(
        f"corpus: {corpus} ({files} .py files, {lines:,} lines); {os.cpu_count()} CPUs; "
        f"Python {sys.version.split()[0]}; median of {args.runs} runs\n"
    )

    privlint = [
        sys.executable,
        "-m",
        "privlint",
        "check",
        str(corpus),
        "--manifest",
        str(MANIFEST),
        "--exit-zero",
        "--format",
        "json",
        "-o",
        os.devnull,
    ]
    cache = work / "cache"
    cached = [*privlint, "--cache-dir", str(cache)]

    def clear() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    results = [
        median_of(
            args.runs, "privlint check (cold, empty cache)", cached, corpus.parent, before=clear
        ),
    ]
    clear()
    measure("warm-up", cached, corpus.parent)
    results.append(median_of(args.runs, "privlint check (warm cache)", cached, corpus.parent))
    results.append(
        median_of(
            args.runs,
            "privlint check -j 1 (cold, serial)",
            [*privlint, "-j", "1", "--no-cache"],
            corpus.parent,
        )
    )
    if args.peers:
        for label, command in peer_commands(corpus).items():
            results.append(
                median_of(args.runs if "fixit" not in label else 1, label, command, corpus.parent)
            )
    for factor in args.scale:
        copy = scaled_copy(corpus, factor, work)
        command = [*privlint[:4], str(copy), *privlint[5:], "--no-cache"]
        results.append(
            median_of(args.runs, f"privlint check x{factor} corpus (cold)", command, copy.parent)
        )

    failed = [r for r in results if r.label.startswith("privlint") and r.exit_code != 0]
    if failed:
        print(f"privlint failed (exit {failed[0].exit_code}): {failed[0].label}", file=sys.stderr)
        return 2
    cold = results[0].seconds
    width = max(len(r.label) for r in results)
    print(f"{'command':<{width}}  {'wall s':>8}  {'peak MiB':>8}  {'vs privlint cold':>16}  exit")
    for r in results:
        print(
            f"{r.label:<{width}}  {r.seconds:>8.2f}  {r.peak_mib:>8.0f}  "
            f"{r.seconds / cold:>15.2f}x  {r.exit_code}"
        )
    print("\n(a peer's non-zero exit usually means it reported issues; check before comparing)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
