"""PRV010-PRV012: every purpose has a legal basis, what that basis requires, and an Art. 9(2)
condition when it processes special-category data.
"""

from __future__ import annotations

import re

from privlint.facts import Span
from privlint.manifest import model as m
from privlint.manifest.checks._common import Run, did_you_mean

ART9_CONDITIONS = (
    "explicit_consent",
    "employment",
    "vital_interests",
    "not_for_profit",
    "made_public",
    "legal_claims",
    "substantial_public_interest",
    "health_care",
    "public_health",
    "archiving_research",
)
_PLACEHOLDER = re.compile(r"<[^>]*>|\b(?:TODO|TBD|TBC|FIXME|XXX)\b|^\s*(?:\.\.\.|-|\?)?\s*$")


def check_bases(run: Run) -> None:
    mf = run.manifest
    rights = mf.rights.rights
    for pid, p in mf.purposes.items():
        label = f"purposes.{pid}"
        where = [("manifest", run.ref(label, p.span))]
        if not p.basis:
            if "basis" not in p.key_spans:  # a bad value was already reported as PRV002
                run.report(
                    "PRV010",
                    f"purpose '{pid}' has no legal basis: add `basis = ` one of "
                    + ", ".join(m.LEGAL_BASES),
                    p.span,
                    [*where, ("expected", "one Art. 6(1) basis per purpose")],
                )
            continue
        basis_span = p.at("basis")
        steps = [*where, ("basis", f"{p.basis} ({run.ref(label + '.basis', basis_span)})")]

        def missing(
            text: str, span: Span = basis_span, steps: list[tuple[str, str]] = steps
        ) -> None:
            run.report("PRV011", text, span, steps)

        if p.basis == "consent":
            if not p.withdrawal:
                missing(
                    f"purpose '{pid}' relies on consent but says nothing about how it is "
                    'withdrawn: add `withdrawal = "..."`'
                )
            if "withdraw_consent" not in rights:
                missing(
                    f"purpose '{pid}' relies on consent, so [rights] needs "
                    '`withdraw_consent = { handler = "module.function" }`'
                )
        elif p.basis in ("legal_obligation", "public_task"):
            if not p.law:
                missing(
                    f"purpose '{pid}' relies on {p.basis} but cites no law: add "
                    '`law = "<the statute and section>"`'
                )
            elif _PLACEHOLDER.search(p.law):
                run.report(
                    "PRV011",
                    f"purpose '{pid}': `law` is still a placeholder ({p.law!r}); cite the "
                    "actual provision",
                    p.at("law"),
                    steps,
                )
        elif p.basis == "vital_interests":
            if not p.justification:
                missing(
                    f"purpose '{pid}' relies on vital interests: add `justification` "
                    "(why no other basis is available)"
                )
        elif p.basis == "legitimate_interests":
            if not p.interest:
                missing(
                    f"purpose '{pid}' relies on legitimate interests but does not say "
                    'which: add `interest = "..."`'
                )
            if "object" not in rights:
                missing(
                    f"purpose '{pid}' relies on legitimate interests, so [rights] needs "
                    '`object = { handler = "module.function" }` (Art. 21)'
                )


def check_special(run: Run) -> None:
    mf = run.manifest
    for pid, p in mf.purposes.items():
        label = f"purposes.{pid}"
        if p.special_condition is not None and p.special_condition not in ART9_CONDITIONS:
            run.report(
                "PRV012",
                f"purpose '{pid}': special_condition '{p.special_condition}' is not an Art. 9(2) "
                f"condition{did_you_mean(p.special_condition, ART9_CONDITIONS)}",
                p.at("special_condition"),
                [
                    ("manifest", run.ref(label, p.span)),
                    ("expected", "one of " + ", ".join(ART9_CONDITIONS)),
                ],
            )
            continue
        if p.special_condition:
            continue
        for cid in p.categories:
            category = mf.categories.get(cid)
            if category is None:
                continue
            for element in category.elements:
                why = run.special_source(element)
                if why is None:
                    continue
                run.report(
                    "PRV012",
                    f"purpose '{pid}' processes special-category data ({element} in category "
                    f"'{cid}') but gives no `special_condition` (an Art. 9(2) condition such as "
                    "explicit_consent)",
                    p.at("categories"),
                    [
                        ("manifest", run.ref(label, p.span)),
                        ("category", run.ref(f"categories.{cid}", category.span)),
                        ("special", why),
                    ],
                    element=element,
                    category=cid,
                )
                break
            else:
                continue
            break
