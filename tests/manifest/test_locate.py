"""The key locator: every key path maps to the line and column where it was written."""

from __future__ import annotations

from pathlib import Path

from privlint.manifest.locate import locate
from privlint.toml import loads

TEXT = (Path(__file__).parent / "data" / "tricky.toml").read_text(encoding="utf-8")


def test_locator_paths_match_the_parsed_document() -> None:
    loads(TEXT)  # the fixture itself is valid TOML
    spans = locate(TEXT)
    assert ("fake", "header") not in spans and ("also",) not in spans
    assert ("text", "fake") not in spans


def test_top_level_and_quoted_keys() -> None:
    spans = locate(TEXT)
    assert (spans[("version",)].line, spans[("version",)].column) == (2, 1)
    assert spans[("quoted.key",)].line == 3


def test_table_headers_with_quoted_parts() -> None:
    spans = locate(TEXT)
    assert spans[("a", "b.c", "d")].line == 5
    assert (spans[("a", "b.c", "d", "x")].line, spans[("a", "b.c", "d", "x")].column) == (6, 1)
    assert spans[("a", "b.c", "d", "dotted", "key", "here")].line == 7
    assert spans[("a",)].line == 5  # implied by the header


def test_arrays_of_tables_are_indexed_per_occurrence() -> None:
    spans = locate(TEXT)
    assert spans[("fruits", 0)].line == 9
    assert spans[("fruits", 0, "name")].line == 10
    assert spans[("fruits", 0, "physical", "colour")].line == 13
    assert spans[("fruits", 0, "varieties", 0, "name")].line == 16
    assert spans[("fruits", 1)].line == 18
    assert spans[("fruits", 1, "name")].line == 19


def test_inline_tables_give_spans_to_inner_keys() -> None:
    spans = locate(TEXT)
    handler = spans[("rights", "access", "handler")]
    assert (handler.line, handler.column) == (22, 12)
    assert spans[("rights", "access", "formats", 1)].column == 55
    erasure = spans[("rights", "erasure")]
    assert (erasure.line, erasure.column) == (23, 3)
    assert spans[("rights", "erasure", "handler")].column == 14


def test_multiline_strings_and_arrays_are_skipped() -> None:
    spans = locate(TEXT)
    assert spans[("text", "body")].line == 26
    assert spans[("text", "body")].end_line == 29
    assert spans[("text", "after")].line == 30
    assert spans[("text", "list", 1)].line == 35
    assert spans[("text", "last")].line == 37


def test_explicit_table_wins_over_an_implied_one() -> None:
    text = '[categories.usage.retention]\nperiod = "P1Y"\n\n[categories.usage]\nelements = []\n'
    spans = locate(text)
    assert spans[("categories", "usage")].line == 4
    assert spans[("categories", "usage", "retention")].line == 1


def test_escapes_in_quoted_keys() -> None:
    text = '[events."contract.\\u0074erminated"]\nfield = "a.B.c"\n'
    assert loads(text)["events"]["contract.terminated"]
    assert locate(text)[("events", "contract.terminated", "field")].line == 2


def test_crlf_line_endings() -> None:
    text = "[organisation]\r\nname = 'X'\r\nestablishment = 'GB'\r\n"
    spans = locate(text)
    assert spans[("organisation", "establishment")].line == 3


def test_garbage_returns_what_was_found() -> None:
    spans = locate("a = 1\n= broken\n")
    assert ("a",) in spans
