"""PRV301: a marketing send in a function that never consults the opt-out guard.

A marketing send is recognised from the manifest, not guessed: the marketing purpose's
``senders``, a mail call carrying one of its ``markers``, or a bulk send (a mail call in a loop,
or a bulk sender) in a function that uses the model holding the declared opt-out field.
One-to-one transactional mail (a receipt, a password reset) is none of these and is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from privlint.catalog.sinks import SinkSpec
from privlint.checks.base import Check, CheckContext, Rule
from privlint.checks.flows.calls import call_text, sink_of
from privlint.checks.flows.claims import at
from privlint.checks.marketing._index import Index, dotted_match
from privlint.facts import CallFact, FunctionFact
from privlint.findings import Explanation, Finding, Severity
from privlint.manifest.model import Purpose

RULE = Rule(
    "PRV301",
    "marketing-without-opt-out-check",
    "A marketing send happens in a function that never consults the opt-out guard.",
    Severity.ERROR,
    "marketing",
)

GUARD_DEPTH = 2


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


CHECK = Check("marketing.opt_out", ("PRV301",), check_marketing)
