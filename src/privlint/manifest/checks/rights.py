"""PRV050, PRV051: every data subject right is declared with a handler, within the SLA."""

from __future__ import annotations

from privlint.manifest import model as m
from privlint.manifest.checks._common import Run
from privlint.manifest.durations import try_duration

MAX_SLA_DAYS = 31  # Art. 12(3): "within one month"; a month has at most 31 days


_RIGHT_NAMES = {
    "access": "access (Art. 15)",
    "rectification": "rectification (Art. 16)",
    "erasure": "erasure (Art. 17)",
    "restriction": "restriction of processing (Art. 18)",
    "object": "objection (Art. 21(1))",
    "object_direct_marketing": "objection to direct marketing (Art. 21(2))",
    "portability": "data portability (Art. 20)",
    "withdraw_consent": "withdrawal of consent (Art. 7(3))",
    "complain": "complaint to a supervisory authority (Art. 77)",
}


def check_rights(run: Run) -> None:
    mf = run.manifest
    rights = mf.rights
    declared = "rights" in mf.key_spans
    table_span = rights.span if declared else mf.span
    where = [("manifest", run.ref("[rights]", table_span) if declared else "no [rights] table")]
    for right in m.RIGHTS:
        entry = rights.rights.get(right)
        if entry is None:
            if right in rights.key_spans:
                continue  # present but malformed: reported as PRV002
            example = 'authority = "ICO"' if right == "complain" else 'handler = "module.function"'
            run.report(
                "PRV050",
                f"the right of {_RIGHT_NAMES[right]} is not declared: add "
                f"`{right} = {{ {example} }}` to [rights]",
                table_span,
                [*where, ("expected", ", ".join(m.RIGHTS))],
            )
        elif right != "complain" and not entry.handler:
            run.report(
                "PRV050",
                f"the right of {_RIGHT_NAMES[right]} has no `handler` (the function that "
                "fulfils a request)",
                entry.span,
                [("manifest", run.ref(f"rights.{right}", entry.span))],
            )
    if rights.sla is None:
        if "sla" not in rights.key_spans:
            run.report(
                "PRV051",
                '[rights] has no `sla`: add `sla = "P1M"` (requests are answered within one '
                "month, Art. 12(3))",
                table_span,
                where,
            )
        return
    duration = try_duration(rights.sla)
    if duration is None:
        run.report(
            "PRV051",
            f"`rights.sla`: expected an ISO 8601 duration such as P1M or P30D, got {rights.sla!r}",
            rights.at("sla"),
            where,
        )
    elif duration.approx_days() > MAX_SLA_DAYS:
        run.report(
            "PRV051",
            f'`rights.sla = "{duration.text}"` is longer than one month; Art. 12(3) requires '
            "an answer within one month (extensions are case by case, not a default)",
            rights.at("sla"),
            where,
        )
