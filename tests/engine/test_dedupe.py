from __future__ import annotations

from privlint.engine import dedupe
from privlint.facts import Span
from privlint.findings import Finding


def finding(code: str, line: int, element: str | None, message: str = "m") -> Finding:
    return Finding(code, message, "app.py", Span(line, 5, line, 20), element=element)


def test_same_fact_reached_twice_is_reported_once_and_output_is_sorted() -> None:
    out = dedupe(
        [
            finding("PRV202", 6, "contact.email", "via customer.email"),
            finding("PRV202", 6, "contact.email", "via the 'email' key"),
            finding("PRV202", 6, "online.ip_address"),
            finding("PRV201", 6, "contact.email"),
            finding("PRV101", 2, "contact.email"),
        ]
    )
    assert [(f.span.line, f.code, f.element) for f in out] == [
        (2, "PRV101", "contact.email"),
        (6, "PRV201", "contact.email"),
        (6, "PRV202", "contact.email"),
        (6, "PRV202", "online.ip_address"),
    ]
    assert out[2].message == "via customer.email"
