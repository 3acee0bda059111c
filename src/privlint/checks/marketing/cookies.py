"""PRV302: a cookie set in code is not declared, is set without a consent check, or outlives
its declared expiry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from privlint.catalog.sinks import SinkSpec
from privlint.checks.base import Check, CheckContext, Rule
from privlint.checks.flows.calls import arg, call_text, sink_of
from privlint.checks.flows.claims import at
from privlint.checks.marketing._index import Index
from privlint.facts import CallFact, FileFacts, FunctionFact
from privlint.findings import Explanation, Finding, Severity
from privlint.manifest.model import Cookie

RULE = Rule(
    "PRV302",
    "cookie-not-declared-or-consented",
    "A cookie set in code is not declared, is set without a consent check, or outlives its "
    "declared expiry.",
    Severity.WARNING,
    "marketing",
)

_DURATION = re.compile(
    r"^P(?:(?P<y>\d+)Y)?(?:(?P<mo>\d+)M)?(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?"
    r"(?:T(?:(?P<h>\d+)H)?(?:(?P<mi>\d+)M)?(?:(?P<s>\d+)S)?)?$"
)


def expiry_seconds(expiry: str) -> float | None:
    """Seconds of an ISO 8601 duration (a year is 365.25 days, a month 30.44); None if session."""
    match = _DURATION.match(expiry.strip())
    if not match or expiry.strip() == "P":
        return None
    g = {k: int(v) if v else 0 for k, v in match.groupdict().items()}
    days = g["y"] * 365.25 + g["mo"] * 30.44 + g["w"] * 7 + g["d"]
    return days * 86400 + g["h"] * 3600 + g["mi"] * 60 + g["s"]


def cookie_name(call: CallFact, spec: SinkSpec) -> str | None:
    found = arg(call, spec.name_position, spec.name_keyword)
    return found.literal if found is not None else None


def has_consent_check(fn: FunctionFact | None, words: tuple[str, ...]) -> str | None:
    if fn is None:
        return None
    for name in (*fn.calls, *fn.filters, *fn.decorators, *fn.references):
        low = name.lower()
        for word in words:
            if word in low:
                return name
    return None


def cookie_calls(ctx: CheckContext) -> Iterator[tuple[FileFacts, CallFact, SinkSpec, str]]:
    for file in ctx.files:
        for call in file.calls:
            spec = sink_of(call, ctx.catalog.sinks)
            if spec is None or spec.kind != "cookie":
                continue
            name = cookie_name(call, spec)
            if name:
                yield file, call, spec, name


def check_cookies(ctx: CheckContext) -> Iterator[Finding]:
    index = Index.build(ctx.files)
    words = ctx.catalog.sinks.cookies.consent_words
    for file, call, spec, name in cookie_calls(ctx):
        cookie = ctx.manifest.cookies.get(name)
        if cookie is None:
            declared = ", ".join(sorted(ctx.manifest.cookies)) or "none"
            yield _cookie_finding(
                ctx,
                file,
                call,
                f"cookie '{name}' is set by {call_text(call)} but [cookies] does not declare it",
                Explanation()
                .add("sink", f"{call_text(call)} sets cookie {name!r} ({spec.source})")
                .add("manifest", f"[cookies] in {ctx.manifest_path} declares: {declared}"),
            )
            continue
        if not cookie.necessary:
            fn = index.get(call.function)
            if has_consent_check(fn, words) is None:
                yield _cookie_finding(
                    ctx,
                    file,
                    call,
                    f"non-necessary cookie '{name}' ({cookie.category}) is set with no consent "
                    f"check in {call.function or 'module level'}",
                    Explanation()
                    .add("manifest", f"cookies.{name}: necessary = false ({at(ctx, cookie)})")
                    .add(
                        "consent",
                        f"no call, condition or decorator naming {list(words)} in the function",
                    ),
                )
        yield from _max_age(ctx, file, call, spec, name, cookie)


def _max_age(
    ctx: CheckContext, file: FileFacts, call: CallFact, spec: SinkSpec, name: str, cookie: Cookie
) -> Iterator[Finding]:
    found = arg(call, spec.max_age_position, spec.max_age_keyword)
    if found is None or found.literal is None:
        return
    try:
        seconds = float(found.literal)
    except ValueError:
        return
    declared = expiry_seconds(cookie.expiry) if cookie.expiry != "session" else None
    if cookie.expiry == "session":
        reason = "it is declared as a session cookie"
    elif declared is not None and seconds > declared + 1:
        reason = f"its declared expiry is {cookie.expiry} (~{int(declared)} s)"
    else:
        return
    yield _cookie_finding(
        ctx,
        file,
        call,
        f"cookie '{name}' is set with Max-Age {int(seconds)} s, but {reason}",
        Explanation()
        .add("sink", f"{call_text(call)} max_age = {int(seconds)} s")
        .add(
            "manifest", f"cookies.{name}.expiry = {cookie.expiry!r} ({at(ctx, cookie, 'expiry')})"
        ),
    )


def _cookie_finding(
    ctx: CheckContext, file: FileFacts, call: CallFact, message: str, steps: Explanation
) -> Finding:
    return Finding(
        code="PRV302",
        message=message,
        path=file.path,
        span=call.span,
        severity=Severity.WARNING,
        element="online.cookie_id",
        symbol=call.function,
        explanation=steps,
    )


CHECK = Check("marketing.cookies", ("PRV302",), check_cookies)
