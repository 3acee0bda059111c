"""``# privlint: ...`` comments: inline annotations, suppressions, and what is wrong with them.

Three forms are accepted (see MANIFEST.md): ``element=<key> category=<id>`` (either or both),
``not-personal``, and ``ignore[CODE,CODE] reason``. Anything else that starts with
``privlint:`` is a mistake the user meant to be read, so it becomes a ParseProblem with a
message precise enough to fix it, rather than being silently ignored.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from privlint.facts import InlineAnnotation, ParseProblem, Span, Suppression

MARKER = "privlint"
_START = re.compile(r"#\s*privlint\s*:")
_IGNORE = re.compile(r"ignore\b")
_CODE = re.compile(r"[A-Z]+[0-9]+")
_ELEMENT = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*")
_CATEGORY = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_FORMS = "element=<key>, category=<id>, not-personal or ignore[CODE] <reason>"


@dataclass(frozen=True, slots=True)
class Directives:
    """Every privlint comment of one file, parsed."""

    annotations: Mapping[int, InlineAnnotation]
    suppressions: tuple[Suppression, ...]
    problems: tuple[ParseProblem, ...]


EMPTY = Directives({}, (), ())


def comments_of(source: str) -> dict[int, tuple[int, str]]:
    """line -> (1-based column, comment text including ``#``), via the tokenizer.

    The tokenizer is the only way to tell a comment from a ``#`` inside a string; it is slow in
    pure Python, so callers only run it on files that mention privlint at all.
    """
    found: dict[int, tuple[int, str]] = {}
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.COMMENT:
                found[tok.start[0]] = (tok.start[1] + 1, tok.string)
    except (tokenize.TokenError, SyntaxError):
        pass  # ast accepted the file; a tokenizer quirk only loses comments after it
    return found


def parse_directives(source: str) -> Directives:
    """Parse every ``# privlint:`` comment in ``source`` (cheap when there is none)."""
    if MARKER not in source:
        return EMPTY
    annotations: dict[int, InlineAnnotation] = {}
    suppressions: list[Suppression] = []
    problems: list[ParseProblem] = []
    for line, (column, text) in comments_of(source).items():
        for offset, body in _bodies(text):
            span = Span(line, column + offset, line, column + len(text))
            result = parse_body(body, line)
            if isinstance(result, Suppression):
                suppressions.append(result)
            elif isinstance(result, InlineAnnotation):
                if line in annotations:
                    problems.append(ParseProblem("two privlint annotations on one line", span))
                annotations[line] = result
            else:
                problems.append(ParseProblem(result, span))
    return Directives(annotations, tuple(suppressions), tuple(problems))


def _bodies(comment: str) -> Iterator[tuple[int, str]]:
    """(offset in the comment, text after ``privlint:``) for each directive in one comment."""
    starts = list(_START.finditer(comment))
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(comment)
        yield match.start(), comment[match.end() : end]


def parse_body(body: str, line: int) -> Suppression | InlineAnnotation | str:
    """One directive's text after ``privlint:``; a ``str`` result is the error message."""
    text = body.strip()
    if not text:
        return f"empty privlint comment; expected {_FORMS}"
    if _IGNORE.match(text):
        return _parse_ignore(text, line)
    return _parse_annotation(text)


def _parse_ignore(text: str, line: int) -> Suppression | str:
    rest = text[len("ignore") :].lstrip()
    if not rest.startswith("["):
        return "privlint ignore needs the rule codes in brackets, e.g. ignore[PRV201] <reason>"
    close = rest.find("]")
    if close < 0:
        return "privlint ignore[...] is missing its closing ']'"
    codes = tuple(c.strip() for c in rest[1:close].split(",") if c.strip())
    if not codes:
        return "privlint ignore[] names no rule code, e.g. ignore[PRV201] <reason>"
    bad = [c for c in codes if not _CODE.fullmatch(c)]
    if bad:
        return f"{bad[0]!r} in privlint ignore[...] is not a rule code (like PRV201)"
    reason = rest[close + 1 :].strip().lstrip(":-\u2013\u2014").strip()
    return Suppression(line=line, codes=codes, reason=reason)


def _parse_annotation(text: str) -> InlineAnnotation | str:
    values: dict[str, str] = {}
    not_personal = False
    head, _, _reason = text.partition(" ")
    if head == "not-personal" and "=" not in _reason:
        # Anything after not-personal is the reader's reason (why this is not personal data).
        return InlineAnnotation(not_personal=True)
    for token in text.split():
        if token == "not-personal":
            not_personal = True
            continue
        key, eq, value = token.partition("=")
        if not eq:
            return (
                f"unknown privlint directive {token!r}; expected {_FORMS}"
                if not values and not not_personal
                else f"unexpected {token!r} in privlint annotation; expected key=value"
            )
        if key not in ("element", "category"):
            return f"unknown key {key!r} in privlint annotation; expected element= or category="
        if key in values:
            return f"{key}= is given twice in one privlint annotation"
        pattern = _ELEMENT if key == "element" else _CATEGORY
        if not pattern.fullmatch(value):
            example = "contact.email" if key == "element" else "marketing"
            return f"{key}={value!r} is not a valid {key} name (like {key}={example})"
        values[key] = value
    if not_personal and values:
        return "privlint not-personal cannot be combined with element= or category="
    return InlineAnnotation(
        element=values.get("element"),
        category=values.get("category"),
        not_personal=not_personal,
    )
