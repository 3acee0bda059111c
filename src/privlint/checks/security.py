"""Security of processing (Art. 32): PRV501 personal data over plain http, PRV502 insecure
session cookies. Both read the same call facts as the flow checks."""

from __future__ import annotations

from collections.abc import Iterator

from privlint.checks.base import Check, CheckContext, Rule
from privlint.checks.flows.calls import call_text, call_url, is_internal, sink_of
from privlint.checks.flows.personal import Classifier, describe, personal_payload
from privlint.checks.marketing.cookies import cookie_calls
from privlint.findings import Explanation, Finding, Severity
from privlint.hookspecs import hookimpl

THEME = "security"
RULES = (
    Rule(
        "PRV501",
        "personal-data-over-http",
        "Personal data is sent to a plain http:// URL.",
        Severity.ERROR,
        THEME,
    ),
    Rule(
        "PRV502",
        "insecure-session-cookie",
        "An authentication or session cookie is set without Secure or HttpOnly.",
        Severity.WARNING,
        THEME,
    ),
)


def check_plain_http(ctx: CheckContext) -> Iterator[Finding]:
    classifier = Classifier(ctx)
    for file in ctx.files:
        for call in file.calls:
            spec = sink_of(call, ctx.catalog.sinks)
            if spec is None or spec.kind != "http":
                continue
            url, url_sources = call_url(call, spec)
            if not url or not url.lower().startswith("http://"):
                continue
            host = url[len("http://") :].split("/", 1)[0].split(":", 1)[0]
            if not host or is_internal(host):
                continue
            items = personal_payload(classifier, call, spec)
            items.extend(classifier.personal(url_sources))
            if not items:
                continue
            item = items[0]
            names = ", ".join(sorted({i.label for i in items}))
            yield Finding(
                code="PRV501",
                message=f"{names} sent over plain http to {host} by {call_text(call)}; use https",
                path=file.path,
                span=call.span,
                severity=Severity.ERROR,
                element=item.element,
                symbol=call.function,
                explanation=Explanation()
                .add("source", describe(item))
                .add("sink", f"{call_text(call)} to {url!r} ({spec.source})")
                .add("why", "Art. 32 GDPR: personal data in transit must be encrypted"),
            )


def _words(name: str) -> set[str]:
    for sep in "-.":
        name = name.replace(sep, "_")
    return {w for w in name.lower().split("_") if w}


def _own_setter(ctx: CheckContext) -> str | None:
    """A ``set_cookie`` the project defines itself: its flag defaults are unknown to us."""
    for file in ctx.files:
        for fn in file.functions:
            if fn.symbol.rpartition(".")[2] in {"set_cookie", "set_signed_cookie"}:
                return fn.symbol
    return None


def check_cookie_flags(ctx: CheckContext) -> Iterator[Finding]:
    policy = ctx.catalog.sinks.cookies
    own = _own_setter(ctx)
    for file, call, spec, name in cookie_calls(ctx):
        declared = ctx.manifest.cookies.get(name)
        if declared is not None and declared.category in policy.secure_categories:
            why = f"cookies.{name} has category {declared.category!r} (manifest)"
        elif _words(name) & set(policy.session_words):
            words = sorted(_words(name) & set(policy.session_words))
            why = f"its name holds {words} (rules/sinks/cookies.toml session_words)"
        else:
            continue
        missing: list[str] = []
        for flag, keyword in (("Secure", spec.secure_keyword), ("HttpOnly", spec.httponly_keyword)):
            found = next((a for a in call.args if a.keyword == keyword), None)
            if found is None and own is not None:
                continue  # the project's own setter may default to secure (reported if False)
            if found is None or (found.literal is not None and found.literal in {"False", "0", ""}):
                missing.append(flag)
        if not missing:
            continue
        yield Finding(
            code="PRV502",
            message=f"session/authentication cookie '{name}' is set without "
            f"{' and '.join(missing)} by {call_text(call)}",
            path=file.path,
            span=call.span,
            severity=Severity.WARNING,
            element="online.session_id",
            symbol=call.function,
            explanation=Explanation()
            .add("cookie", f"{name!r} is an authentication or session cookie: {why}")
            .add(
                "flags",
                f"{', '.join(k for k in (spec.secure_keyword, spec.httponly_keyword) if k)}"
                " default to False in Django, Flask and Starlette; pass secure=True, httponly=True",
            ),
        )


@hookimpl
def privlint_rules() -> list[Rule]:
    return list(RULES)


@hookimpl
def privlint_checks() -> list[Check]:
    return [
        Check("security.plain_http", ("PRV501",), check_plain_http),
        Check("security.cookie_flags", ("PRV502",), check_cookie_flags),
    ]
