"""Marketing and consent checks: PRV301 (opt-out guard) and PRV302 (cookies set in code).

A marketing send is recognised from the manifest, not guessed: the marketing purpose's
``senders``, a mail call carrying one of its ``markers``, or a bulk send (a mail call in a loop,
or a bulk sender) in a function that uses the model holding the declared opt-out field.
One-to-one transactional mail (a receipt, a password reset) is none of these and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from privlint.catalog.sinks import SinkSpec
from privlint.checks.base import Check, CheckContext, Rule
from privlint.checks.flows import arg, at, call_text, sink_of
from privlint.facts import CallFact, FileFacts, FunctionFact
from privlint.findings import Explanation, Finding, Severity
from privlint.hookspecs import hookimpl
from privlint.manifest.model import Cookie, Purpose

THEME = "marketing"
RULES = (
    Rule(
        "PRV301",
        "marketing-without-opt-out-check",
        "A marketing send happens in a function that never consults the opt-out guard.",
        Severity.ERROR,
        THEME,
    ),
    Rule(
        "PRV302",
        "cookie-not-declared-or-consented",
        "A cookie set in code is not declared, is set without a consent check, or outlives its "
        "declared expiry.",
        Severity.WARNING,
        THEME,
    ),
)

GUARD_DEPTH = 2


# ---- project index ----------------------------------------------------------------------


@dataclass
class Index:
    """Functions of the whole project by symbol, with the file each lives in."""

    functions: dict[str, tuple[FileFacts, FunctionFact]]

    @classmethod
    def build(cls, files: Iterable[FileFacts]) -> Index:
        return cls({fn.symbol: (f, fn) for f in files for fn in f.functions})

    def get(self, symbol: str | None) -> FunctionFact | None:
        if symbol is None:
            return None
        hit = self.functions.get(symbol)
        return hit[1] if hit else None

    def resolve(self, callee: str) -> FunctionFact | None:
        """A project function a callee names (exact, or by dotted suffix)."""
        exact = self.get(callee)
        if exact is not None:
            return exact
        tail = "." + callee
        matches = [fn for sym, (_f, fn) in self.functions.items() if sym.endswith(tail)]
        return matches[0] if len(matches) == 1 else None


def dotted_match(a: str, b: str) -> bool:
    """True if two dotted names agree on their common tail (``x.models.A.f`` ~ ``models.A.f``)."""
    if a == b:
        return True
    return a.endswith("." + b) or b.endswith("." + a)


# ---- guards -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Guard:
    """The opt-out check of a marketing purpose: a function, or a field to filter on."""

    text: str
    function: str | None = None
    model: str | None = None
    field: str | None = None

    @classmethod
    def parse(cls, text: str) -> Guard:
        if text.startswith("field:"):
            path = text[len("field:") :]
            model, _, attr = path.rpartition(".")
            return cls(text, model=model or None, field=attr)
        return cls(text, function=text)


def _consults(fn: FunctionFact, guard: Guard) -> str | None:
    """How ``fn`` consults ``guard`` directly, or None."""
    if guard.function:
        for name in (*fn.calls, *fn.decorators, *fn.references):
            if dotted_match(name.replace("()", ""), guard.function):
                return f"calls {guard.function}"
    if guard.field:
        for path in fn.filters:
            last = path.rpartition(".")[2]
            if last == guard.field:
                return f"filters on {path}"
    return None


def consults(
    index: Index, fn: FunctionFact, guards: list[Guard], depth: int = GUARD_DEPTH
) -> str | None:
    """How ``fn`` (or a project function it calls, ``depth`` levels down) consults a guard."""
    seen: set[str] = set()
    frontier = [(fn, "")]
    for level in range(depth + 1):
        nxt: list[tuple[FunctionFact, str]] = []
        for current, via in frontier:
            if current.symbol in seen:
                continue
            seen.add(current.symbol)
            for guard in guards:
                how = _consults(current, guard)
                if how:
                    return f"{how}{via}"
            if level < depth:
                for callee in current.calls:
                    target = index.resolve(callee.replace("()", ""))
                    if target is not None:
                        nxt.append((target, f" (via {target.symbol})"))
        frontier = nxt
    return None


def _guard_model_used(fn: FunctionFact, guards: list[Guard]) -> str | None:
    for guard in guards:
        if not guard.model:
            continue
        model_name = guard.model.rpartition(".")[2]
        for name in (*fn.references, *fn.calls):
            clean = name.replace("()", "")
            if (
                dotted_match(clean, guard.model)
                or clean.split(".")[-1] == model_name
                or (f".{model_name}." in f".{clean}.")
            ):
                return guard.model
    return None


# ---- PRV301 -----------------------------------------------------------------------------


def _marker(call: CallFact, markers: tuple[str, ...]) -> str | None:
    for a in call.args:
        for text in (*a.strings, a.literal or ""):
            for marker in markers:
                if marker and marker.lower() in text.lower():
                    return marker
    return None


def check_marketing(ctx: CheckContext) -> Iterator[Finding]:
    index = Index.build(ctx.files)
    for purpose in ctx.manifest.purposes.values():
        if purpose.marketing is None:
            continue
        guards = [Guard.parse(g) for g in purpose.marketing.guard]
        if not guards:
            continue
        yield from _sender_sites(ctx, index, purpose, guards)
        yield from _direct_sends(ctx, index, purpose, guards)


def _explain(ctx: CheckContext, purpose: Purpose, why: str, guards: list[Guard]) -> Explanation:
    marketing = purpose.marketing
    assert marketing is not None
    steps = Explanation().add("send", why)
    return steps.add(
        "manifest",
        f"purposes.{purpose.id}.marketing guard = {[g.text for g in guards]} "
        f"({at(ctx, marketing, 'guard')}); the function neither calls the guard nor filters on "
        "the opt-out field (directly or through the functions it calls)",
    )


def _sender_sites(
    ctx: CheckContext, index: Index, purpose: Purpose, guards: list[Guard]
) -> Iterator[Finding]:
    """Each declared sender: guarded itself, or every caller must consult the guard."""
    assert purpose.marketing is not None
    for sender in purpose.marketing.senders:
        fn_hit = next(
            ((f, fn) for sym, (f, fn) in index.functions.items() if dotted_match(sym, sender)),
            None,
        )
        if fn_hit is not None and consults(index, fn_hit[1], guards):
            continue
        callers = [
            (file, call)
            for file in ctx.files
            for call in file.calls
            if dotted_match(call.callee.replace("()", ""), sender)
            and not (fn_hit and call.function == fn_hit[1].symbol)
        ]
        if not callers and fn_hit is not None:
            file, fn = fn_hit
            yield Finding(
                code="PRV301",
                message=f"marketing sender {sender} never consults the opt-out guard "
                f"({', '.join(g.text for g in guards)}) and no caller does",
                path=file.path,
                span=fn.span,
                symbol=fn.symbol,
                explanation=_explain(ctx, purpose, f"{sender} is a declared sender", guards),
            )
            continue
        for file, call in callers:
            caller = index.get(call.function)
            if caller is not None and consults(index, caller, guards):
                continue
            where = call.function or "module level"
            yield Finding(
                code="PRV301",
                message=f"marketing send {call_text(call)} in {where} without consulting the "
                f"opt-out guard ({', '.join(g.text for g in guards)})",
                path=file.path,
                span=call.span,
                symbol=call.function,
                explanation=_explain(
                    ctx, purpose, f"{sender} is a declared sender of purposes.{purpose.id}", guards
                ),
            )


def _direct_sends(
    ctx: CheckContext, index: Index, purpose: Purpose, guards: list[Guard]
) -> Iterator[Finding]:
    """Mail calls that are marketing by marker, or bulk sends over the opt-out model."""
    assert purpose.marketing is not None
    senders = purpose.marketing.senders
    markers = purpose.marketing.markers
    for file in ctx.files:
        for call in file.calls:
            spec = sink_of(call, ctx.catalog.sinks)
            if spec is None or spec.kind != "mail":
                continue
            fn = index.get(call.function)
            if fn is not None and any(dotted_match(fn.symbol, s) for s in senders):
                continue  # reported through the sender
            why = _why_marketing(call, spec, fn, guards, markers)
            if why is None:
                continue
            if fn is not None and consults(index, fn, guards):
                continue
            yield Finding(
                code="PRV301",
                message=f"marketing send {call_text(call)} in {call.function or 'module level'}"
                f" without consulting the opt-out guard ({', '.join(g.text for g in guards)})",
                path=file.path,
                span=call.span,
                symbol=call.function,
                explanation=_explain(ctx, purpose, why, guards),
            )


def _why_marketing(
    call: CallFact,
    spec: SinkSpec,
    fn: FunctionFact | None,
    guards: list[Guard],
    markers: tuple[str, ...],
) -> str | None:
    marker = _marker(call, markers)
    if marker:
        return f"the message carries marker {marker!r} (marketing.markers)"
    if fn is None or not (spec.bulk or call.in_loop):
        return None
    model = _guard_model_used(fn, guards)
    if model is None:
        return None
    kind = "a bulk sender" if spec.bulk else "a mail call inside a loop"
    return f"{call_text(call)} is {kind} in a function that reads {model}, the opt-out model"


# ---- PRV302 -----------------------------------------------------------------------------

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


@hookimpl
def privlint_rules() -> list[Rule]:
    return list(RULES)


@hookimpl
def privlint_checks() -> list[Check]:
    return [
        Check("marketing.opt_out", ("PRV301",), check_marketing),
        Check("marketing.cookies", ("PRV302",), check_cookies),
    ]
