"""PRV020, PRV021: every category has a retention rule, and the rule is well formed."""

from __future__ import annotations

from privlint.facts import Span
from privlint.manifest import model as m
from privlint.manifest.checks._common import Run, list_span
from privlint.manifest.durations import parse_duration

KEEP_FORMS = ("plain", "sha256")


def check_retention(run: Run) -> None:
    for cid, c in run.manifest.categories.items():
        label = f"categories.{cid}"
        if c.retention is None:
            if "retention" not in c.key_spans:
                run.report(
                    "PRV020",
                    f"category '{cid}' has no retention rule: add [{label}.retention] with a "
                    "period and an anchor event",
                    c.span,
                    [
                        ("manifest", run.ref(label, c.span)),
                        ("expected", "how long this data is kept (Art. 5(1)(e), 13(2)(a))"),
                    ],
                    category=cid,
                )
            continue
        _retention_grammar(run, c, c.retention, f"{label}.retention")


def _retention_grammar(run: Run, c: m.Category, r: m.Retention, label: str) -> None:
    steps = [("manifest", run.ref(label, r.span))]

    def bad(message: str, span: Span) -> None:
        run.report("PRV021", message, span, steps, category=c.id)

    if r.period_text is not None and r.period is None:
        try:
            parse_duration(r.period_text)
        except ValueError as exc:
            bad(f"`{label}.period`: {exc}", r.at("period"))
    anchors = [k for k in ("after", "after_latest_of", "until") if k in r.key_spans]
    if r.indefinite:
        if not r.justification:
            bad(f"`{label}`: indefinite retention needs a `justification`", r.at("indefinite"))
        for key in ("period", *anchors):
            if key in r.key_spans:
                bad(f"`{label}`: `indefinite = true` cannot be combined with `{key}`", r.at(key))
    else:
        if not anchors:
            bad(
                f"`{label}` needs exactly one anchor: `after`, `after_latest_of` or `until` "
                "(or `indefinite = true` with a justification)",
                r.span,
            )
        elif len(anchors) > 1:
            bad(
                f"`{label}` has {len(anchors)} anchors ({', '.join(anchors)}); give exactly one",
                r.at(anchors[1]),
            )
        if ("after" in anchors or "after_latest_of" in anchors) and "period" not in r.key_spans:
            bad(
                f"`{label}`: a retention counted from an event needs a `period` "
                "(an ISO 8601 duration such as P6Y)",
                r.span,
            )
        if "after_latest_of" in r.key_spans and len(r.after_latest_of) < 2:
            bad(
                f"`{label}.after_latest_of` needs at least two events (use `after` for one)",
                r.at("after_latest_of"),
            )
    for k, keep in enumerate(r.keep):
        klabel = f"{label}.keep[{k}]"
        for i, element in enumerate(keep.elements):
            if run.known(element) and not m.covers_any(c.elements, element):
                run.report(
                    "PRV021",
                    f"`{klabel}` keeps '{element}', which category '{c.id}' does not hold; "
                    "keep only elements of the category",
                    list_span(keep, "elements", i),
                    [
                        ("manifest", run.ref(klabel, keep.span)),
                        ("category", f"elements {', '.join(c.elements)}"),
                    ],
                    category=c.id,
                    element=element,
                )
        if "form" in keep.key_spans and keep.form not in KEEP_FORMS:
            bad(f"`{klabel}.form` must be 'plain' or 'sha256', got {keep.form!r}", keep.at("form"))
