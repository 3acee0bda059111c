"""Measure how far two independent labellings of the same code agree.

Usage (from the repository root):

    python eval/agreement.py eval/holdout23_labels.toml eval/agreement/holdout23_second_labels.toml
    python eval/agreement.py FIRST SECOND --errors        # also list every disagreement
    python eval/agreement.py FIRST SECOND --corpus eval/holdout23   # also score privlint
                                                                     # against each labelling and
                                                                     # against their consensus

The second labelling is scored as if it were a detector's output against the first, with
eval/score.py's rules (ancestor or descendant elements match; a wrong element is one false
positive and one false negative). Swapping the two files swaps precision and recall. This is
the ceiling a detector can be measured against: where two careful people following
LABELLING.md disagree, no detector can agree with both. See eval/README.md.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score import (  # a script beside its sibling, not a package
    Scores,
    element_matches,
    load_labels,
    predictions,
    report,
    run_inventory,
    score,
)


def consensus(
    first: Mapping[str, str | None], second: Mapping[str, str | None]
) -> dict[str, str | None]:
    """The symbols both labellings decide the same way, with the more specific element."""
    agreed: dict[str, str | None] = {}
    for symbol, a in first.items():
        b = second.get(symbol, a)
        if a is None and b is None:
            agreed[symbol] = None
        elif a and b and element_matches(a, b):
            agreed[symbol] = a if len(a) >= len(b) else b
    return agreed


def kappa(first: Mapping[str, str | None], second: Mapping[str, str | None]) -> float:
    """Cohen's kappa of the yes/no question "is this personal data?" over shared symbols."""
    shared = [s for s in first if s in second]
    if not shared:
        return 0.0
    n = len(shared)
    yes_a = sum(first[s] is not None for s in shared) / n
    yes_b = sum(second[s] is not None for s in shared) / n
    observed = sum((first[s] is None) == (second[s] is None) for s in shared) / n
    expected = yes_a * yes_b + (1 - yes_a) * (1 - yes_b)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def summary(title: str, scores: Scores) -> str:
    c = scores.overall
    return (
        f"{title}: P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  "
        f"(tp {c.tp}, fp {c.fp}, fn {c.fn}; {scores.labelled} labels, "
        f"{scores.positives} personal)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("first", type=Path, help="the set's labels file (the reference)")
    parser.add_argument("second", type=Path, help="an independent labelling of the same code")
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument(
        "--corpus", type=Path, help="also run privlint on this code and score it three ways"
    )
    args = parser.parse_args(argv)
    first, second = load_labels(args.first), load_labels(args.second)
    only_first = sorted(set(first) - set(second))
    only_second = sorted(set(second) - set(first))
    if only_first or only_second:
        print(
            f"error: the labellings cover different symbols ({len(only_first)} only in "
            f"{args.first}, {len(only_second)} only in {args.second}), "
            f"e.g. {(only_first or only_second)[0]}",
            file=sys.stderr,
        )
        return 2
    between = score(second, first)
    print(f"second labelling scored against the first ({args.second} vs {args.first})")
    print(report(between, args.errors))
    print(f"personal-or-not agreement: Cohen's kappa {kappa(first, second):.3f}")
    agreed = consensus(first, second)
    print(f"consensus: {len(agreed)} of {len(first)} symbols labelled alike")
    if args.corpus:
        detected = predictions(run_inventory(args.corpus)["fields"])  # type: ignore[arg-type]
        print()
        print(summary("privlint vs first labeller ", score(detected, first)))
        print(summary("privlint vs second labeller", score(detected, second)))
        print(summary("privlint vs consensus      ", score(detected, agreed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
