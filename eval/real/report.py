"""Score privlint on the real applications of eval/real/projects.toml, against both labellings.

Usage (from the repository root; the first run downloads about 30 MB from PyPI):

    python eval/real/report.py                 # every set, one table
    python eval/real/report.py oscar --errors  # one set, with every disagreement with the consensus
    python eval/real/report.py --archives D    # offline, archives already in D

Each set was labelled twice, independently, following eval/LABELLING.md. The table gives the
second labeller scored against the first (the ceiling: how far two careful people agree) and
privlint scored against each labeller and against their consensus (the symbols both label
alike), with eval/score.py's rules. It exits 1 when privlint misses the issue's target
(precision 0.95, recall 0.90) against the consensus pooled over the sets scored.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from agreement import consensus, kappa  # scripts beside their siblings, not packages
from fetch import DEFAULT_WORK, fetch, load_sets
from score import Counts, load_labels, predictions, report, run_inventory, score

HERE = Path(__file__).resolve().parent
TARGET_PRECISION = 0.95
TARGET_RECALL = 0.90


def cell(c: Counts) -> str:
    return f"{c.precision:.3f} / {c.recall:.3f}"


def main(argv: list[str] | None = None) -> int:
    sets = load_sets()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "names", nargs="*", metavar="SET", help=f"default: all of {', '.join(sets)}"
    )
    parser.add_argument("--errors", action="store_true", help="list disagreements with consensus")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="cache folder")
    parser.add_argument("--archives", type=Path, help="take the archives from this folder")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in sets]
    if unknown:
        parser.error(f"unknown set {', '.join(unknown)}; known: {', '.join(sets)}")
    pooled = {"first": Counts(), "second": Counts(), "consensus": Counts(), "human": Counts()}
    rows = []
    details = []
    for name in args.names or list(sets):
        real = sets[name]
        first, second = (load_labels(HERE / f) for f in real.labels)
        if set(first) != set(second):
            print(f"error: {name}: the two labellings cover different symbols", file=sys.stderr)
            return 2
        agreed = consensus(first, second)
        corpus = fetch(real, args.work, args.archives)
        detected = predictions(run_inventory(corpus)["fields"])  # type: ignore[arg-type]
        results = {
            "human": score(second, first),
            "first": score(detected, first),
            "second": score(detected, second),
            "consensus": score(detected, agreed),
        }
        for key, scores in results.items():
            total = pooled[key]
            total.tp += scores.overall.tp
            total.fp += scores.overall.fp
            total.fn += scores.overall.fn
        positives = sum(v is not None for v in first.values())
        rows.append(
            f"| {name} | {len(first)} ({positives}) | {cell(results['human'].overall)} | "
            f"{kappa(first, second):.3f} | {cell(results['first'].overall)} | "
            f"{cell(results['second'].overall)} | {cell(results['consensus'].overall)} |"
        )
        if args.errors:
            details.append((name, results["consensus"]))
    print(
        "| set | labels (personal, first) | second vs first P / R | kappa "
        "| privlint vs first | vs second | vs consensus |"
    )
    print("|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print(
        f"| pooled | | {cell(pooled['human'])} | | {cell(pooled['first'])} | "
        f"{cell(pooled['second'])} | {cell(pooled['consensus'])} |"
    )
    for name, scores in details:
        print(f"\n## {name}: privlint against the consensus\n")
        print(report(scores, show_errors=True))
    ok = pooled["consensus"].precision >= TARGET_PRECISION and (
        pooled["consensus"].recall >= TARGET_RECALL
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
