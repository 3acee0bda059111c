"""PRV202: personal data sent to a host or SDK that no recipient declares, or of an element
that none of the recipient's purposes covers.
"""

from __future__ import annotations

from collections.abc import Iterator

from privlint.checks.base import Check, CheckContext, Rule
from privlint.checks.flows.calls import call_text, finding, outbound_calls
from privlint.checks.flows.claims import at, covering_purposes, purposes_naming, recipient_for
from privlint.checks.flows.personal import describe
from privlint.findings import Explanation, Finding, Severity

RULE = Rule(
    "PRV202",
    "undeclared-recipient",
    "Personal data is sent to a host or SDK that no recipient declares, or of a category "
    "the recipient's purposes do not cover.",
    Severity.ERROR,
    "flows",
)


def check_recipients(ctx: CheckContext) -> Iterator[Finding]:
    manifest = ctx.manifest
    for file, call, _spec, dest, items in outbound_calls(ctx):
        items = [i for i in items if not (i.element or "").startswith("credentials")]
        if not items:
            continue
        recipient = recipient_for(manifest, dest)
        text = call_text(call)
        if recipient is None:
            item = items[0]
            steps = Explanation().add("source", describe(item))
            steps = steps.add("destination", dest.describe())
            if dest.vendor is not None:
                steps = steps.add("vendor", f"{dest.vendor.name} ({dest.vendor.source})")
            steps = steps.add(
                "manifest",
                f"no [recipients.*] entry in {ctx.manifest_path} lists this host or package "
                "(`hosts`, `packages`)",
            )
            names = ", ".join(sorted({i.label for i in items}))
            yield finding(
                "PRV202",
                f"{names} sent to {dest.describe()} by {text}, which no recipient in the "
                f"manifest declares",
                file,
                call,
                steps,
                element=item.element,
            )
            continue
        for item in items:
            if item.element is None:
                continue
            if covering_purposes(manifest, recipient.id, item.element):
                continue
            named = purposes_naming(manifest, recipient.id)
            steps = Explanation().add("source", describe(item))
            steps = steps.add("destination", dest.describe())
            steps = steps.add(
                "manifest",
                f"recipients.{recipient.id} ({at(ctx, recipient)}); purposes sending to it: "
                f"{', '.join(named) or 'none'}; none has a category holding {item.element}",
            )
            yield finding(
                "PRV202",
                f"'{item.source.text}' ({item.element}) sent to recipient '{recipient.id}' by "
                f"{text}, but no purpose sends {item.element} to '{recipient.id}'",
                file,
                call,
                steps,
                element=item.element,
            )


CHECK = Check("flows.recipients", ("PRV202",), check_recipients)
