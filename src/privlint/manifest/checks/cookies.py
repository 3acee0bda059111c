"""PRV040-PRV042: cookies: necessity, a purpose or activity that claims each, and expiry."""

from __future__ import annotations

from privlint.manifest.checks._common import Run
from privlint.manifest.durations import parse_duration, try_duration

NOT_NECESSARY_COOKIES = ("advertising", "analysis", "personalisation")
DEFAULT_COOKIE_MAX_EXPIRY = "P13M"


def check_cookies(run: Run) -> None:
    mf = run.manifest
    ceiling_text = str(run.options.get("cookie_max_expiry", DEFAULT_COOKIE_MAX_EXPIRY))
    ceiling = try_duration(ceiling_text) or parse_duration(DEFAULT_COOKIE_MAX_EXPIRY)
    claims: dict[str, list[str]] = {}
    for pid, p in mf.purposes.items():
        for name in p.cookies:
            claims.setdefault(name, []).append(f"purposes.{pid}")
    for aid, a in mf.processor.items():
        for name in a.cookies:
            claims.setdefault(name, []).append(f"processor.{aid}")
    for name, cookie in mf.cookies.items():
        label = f"cookies.{name}"
        steps = [("manifest", run.ref(label, cookie.span))]
        if cookie.necessary and cookie.category in NOT_NECESSARY_COOKIES:
            run.report(
                "PRV040",
                f"cookie '{name}' is in category '{cookie.category}' but marked necessary; "
                f"{cookie.category} cookies are never strictly necessary and need consent",
                cookie.at("necessary"),
                [*steps, ("expected", "necessary = false (set only after consent)")],
            )
        if name not in claims:
            run.report(
                "PRV041",
                f"cookie '{name}' is claimed by no purpose or processor activity: list it in "
                "the `cookies` of the purpose that sets it, or remove it",
                cookie.span,
                [*steps, ("searched", "cookies of every [purposes] and [processor] entry")],
            )
        if "expiry" not in cookie.key_spans or cookie.expiry == "session":
            continue
        duration = try_duration(cookie.expiry)
        if duration is None:
            run.report(
                "PRV042",
                f"cookie '{name}': expiry {cookie.expiry!r} is neither \"session\" nor an ISO "
                "8601 duration such as P1Y",
                cookie.at("expiry"),
                steps,
            )
        elif duration.approx_days() > ceiling.approx_days():
            run.report(
                "PRV042",
                f"cookie '{name}' lasts {duration.text}, longer than the ceiling of "
                f"{ceiling.text} (option cookie_max_expiry)",
                cookie.at("expiry"),
                [*steps, ("ceiling", ceiling.text)],
            )
