"""Score privlint's personal-data detection against the hand-labelled corpus.

Usage (from the repository root):

    python eval/score.py                     # runs `python -m privlint inventory eval/corpus`
    python eval/score.py --direct inv.json   # scores an inventory JSON made elsewhere
    python eval/score.py --errors            # also lists every wrong or missed field
    python eval/score.py --review            # also scores the review queue (inventory --review)

Only rows with ``kind == "field"`` are scored. A detection is correct when its element equals
the label or is the label's ancestor or descendant (``contact`` ~ ``contact.email``,
``identity.name`` ~ ``identity.name.first``). See eval/README.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

HERE = Path(__file__).resolve().parent


@dataclass
class Counts:
    """True positives, false positives and false negatives, with the derived rates."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    overall: Counts = field(default_factory=Counts)
    by_family: dict[str, Counts] = field(default_factory=dict)
    errors: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    unlabelled: list[str] = field(default_factory=list)
    labelled: int = 0
    positives: int = 0

    def family(self, name: str) -> Counts:
        return self.by_family.setdefault(name, Counts())


def family_of(element: str) -> str:
    """The top-level taxonomy family: ``contact.email`` -> ``contact``."""
    return element.split(".", 1)[0]


def element_matches(expected: str, predicted: str) -> bool:
    """Equal, or one is a dotted ancestor of the other."""
    return (
        expected == predicted
        or predicted.startswith(expected + ".")
        or expected.startswith(predicted + ".")
    )


def load_labels(path: Path) -> dict[str, str | None]:
    """``{symbol: element or None}`` from a labels file (``false`` means not personal)."""
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    out: dict[str, str | None] = {}
    for symbol, value in data.get("labels", {}).items():
        if value is False:
            out[symbol] = None
        elif isinstance(value, str) and value:
            out[symbol] = value
        else:
            raise ValueError(f"{path}: label of {symbol!r} must be an element key or false")
    return out


def predictions(rows: Iterable[Mapping[str, object]]) -> dict[str, str | None]:
    """``{symbol: element}`` from inventory rows; only ``kind == "field"`` rows count."""
    out: dict[str, str | None] = {}
    for row in rows:
        if row.get("kind") != "field":
            continue
        symbol = str(row.get("symbol"))
        element = row.get("element")
        out[symbol] = str(element) if element else None
    return out


def score(predicted: Mapping[str, str | None], labels: Mapping[str, str | None]) -> Scores:
    """Count each labelled symbol once; a wrong element is one FP and one FN."""
    scores = Scores(labelled=len(labels), positives=sum(v is not None for v in labels.values()))
    scores.unlabelled = sorted(s for s, e in predicted.items() if e and s not in labels)
    for symbol, expected in sorted(labels.items()):
        got = predicted.get(symbol)
        if expected and got and element_matches(expected, got):
            scores.overall.tp += 1
            scores.family(family_of(expected)).tp += 1
            continue
        if got:
            scores.overall.fp += 1
            scores.family(family_of(got)).fp += 1
        if expected:
            scores.overall.fn += 1
            scores.family(family_of(expected)).fn += 1
        if got or expected:
            scores.errors.append((symbol, expected, got))
    return scores


def run_inventory(corpus: Path, review: bool = False) -> dict[str, object]:
    """Run ``python -m privlint inventory CORPUS --format json`` and return its document."""
    extra = ["--review"] if review else []
    proc = subprocess.run(
        [sys.executable, "-m", "privlint", "inventory", str(corpus), "--format", "json", *extra],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode not in (0, 1) or not proc.stdout.strip():
        raise SystemExit(f"privlint inventory failed ({proc.returncode}):\n{proc.stderr}")
    return json.loads(proc.stdout)


def review_report(
    review: Iterable[Mapping[str, object]],
    labels: Mapping[str, str | None],
    scores: Scores,
) -> str:
    """How much of what detection missed the review queue puts in front of a person."""
    queued = [str(r.get("symbol")) for r in review if r.get("kind") == "field"]
    labelled = [s for s in queued if s in labels]
    personal = [s for s in labelled if labels[s]]
    share = len(personal) / len(labelled) if labelled else 0.0
    missed = scores.overall.fn
    surfaced = (scores.overall.tp + len(personal)) / scores.positives if scores.positives else 1.0
    return (
        f"review queue: {len(queued)} fields, {len(personal)} of {len(labelled)} labelled ones "
        f"personal ({share:.2f}); {len(personal)} of {missed} missed personal fields queued; "
        f"detected or queued: {surfaced:.3f} of the personal data"
    )


def report(scores: Scores, show_errors: bool = False) -> str:
    def line(name: str, c: Counts) -> str:
        return (
            f"{name:<14} {c.tp:>4} {c.fp:>4} {c.fn:>4}   "
            f"{c.precision:>9.3f} {c.recall:>7.3f} {c.f1:>6.3f}"
        )

    out = [
        f"labelled declarations: {scores.labelled} ({scores.positives} personal data)",
        f"{'family':<14} {'tp':>4} {'fp':>4} {'fn':>4}   {'precision':>9} {'recall':>7} {'f1':>6}",
    ]
    out += [line(name, c) for name, c in sorted(scores.by_family.items())]
    out.append(line("OVERALL", scores.overall))
    if scores.unlabelled:
        out.append(f"unlabelled detections (not scored): {len(scores.unlabelled)}")
    if show_errors:
        out.append("")
        out += [f"  {s}: expected {e or '-'}, got {g or '-'}" for s, e, g in scores.errors]
        out += [f"  unlabelled: {s}" for s in scores.unlabelled]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--direct", type=Path, help="score this inventory JSON file")
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus")
    parser.add_argument("--labels", type=Path, default=HERE / "labels.toml")
    parser.add_argument("--errors", action="store_true", help="list every mismatch")
    parser.add_argument("--min-precision", type=float, default=0.0)
    parser.add_argument("--min-recall", type=float, default=0.0)
    parser.add_argument(
        "--review", action="store_true", help="also score the review queue (inventory --review)"
    )
    args = parser.parse_args(argv)
    if args.direct:
        doc = json.loads(args.direct.read_text(encoding="utf-8"))
    else:
        doc = run_inventory(args.corpus, review=args.review)
    labels = load_labels(args.labels)
    scores = score(predictions(doc["fields"]), labels)  # type: ignore[arg-type]
    print(report(scores, args.errors))
    if args.review or "review" in doc:
        print(review_report(doc.get("review", []), labels, scores))  # type: ignore[arg-type]
    ok = scores.overall.precision >= args.min_precision and scores.overall.recall >= args.min_recall
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
