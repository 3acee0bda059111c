"""Where each key of a TOML document was written.

``tomllib`` returns plain values without positions, but every manifest finding must point at a
line and column of privacy.toml. This module scans the (already valid) TOML text once and maps
each key path to a span: table headers, arrays of tables (one index per occurrence), ``key =
value`` lines with dotted or quoted keys, the keys of inline tables and the items of arrays.
Content of strings and comments is skipped, so a ``[x]`` inside a multi-line string is not a
header. The scanner is lenient: on text it does not understand it stops and returns what it has.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from privlint.facts import Span

KeyPath = tuple[str | int, ...]

_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


class _Stop(Exception):
    """The text is not TOML the scanner understands; keep what was found so far."""


@dataclass
class _Scanner:
    text: str
    pos: int = 0
    line: int = 1
    col: int = 1
    spans: dict[KeyPath, Span] = field(default_factory=dict)
    implicit: set[KeyPath] = field(default_factory=set)
    arrays: dict[KeyPath, int] = field(default_factory=dict)

    # ---- low-level movement ----------------------------------------------------------
    def peek(self, n: int = 0) -> str:
        i = self.pos + n
        return self.text[i] if i < len(self.text) else ""

    def startswith(self, s: str) -> bool:
        return self.text.startswith(s, self.pos)

    def advance(self, n: int = 1) -> None:
        for _ in range(n):
            if self.pos >= len(self.text):
                return
            if self.text[self.pos] == "\n":
                self.line += 1
                self.col = 1
            else:
                self.col += 1
            self.pos += 1

    def here(self) -> tuple[int, int]:
        return self.line, self.col

    def skip_blank(self, newlines: bool = False) -> None:
        """Skip spaces and tabs, and with ``newlines`` also line breaks and comments."""
        while self.pos < len(self.text):
            c = self.peek()
            if c in " \t" or (newlines and c in "\r\n"):
                self.advance()
            elif newlines and c == "#":
                self.skip_comment()
            else:
                return

    def skip_comment(self) -> None:
        while self.pos < len(self.text) and self.peek() != "\n":
            self.advance()

    def end_of_line(self) -> None:
        self.skip_blank()
        if self.peek() == "#":
            self.skip_comment()
        while self.pos < len(self.text) and self.peek() != "\n":
            self.advance()  # tolerate trailing text rather than fail
        self.advance()

    # ---- records -----------------------------------------------------------------------
    def record(self, path: KeyPath, start: tuple[int, int], *, explicit: bool = True) -> None:
        span = Span(start[0], start[1], self.line, self.col)
        if path not in self.spans or (explicit and path in self.implicit):
            self.spans[path] = span
            if explicit:
                self.implicit.discard(path)
            else:
                self.implicit.add(path)

    def resolve(self, base: KeyPath, keys: list[str]) -> KeyPath:
        """Append ``keys`` to ``base``, inserting the current index of arrays of tables."""
        path = base
        for key in keys:
            path = (*path, key)
            if path in self.arrays:
                path = (*path, self.arrays[path])
        return path

    # ---- keys --------------------------------------------------------------------------
    def key_part(self) -> str:
        c = self.peek()
        if c == '"':
            return self.basic_string()
        if c == "'":
            return self.literal_string()
        start = self.pos
        while self.peek() and self.peek() in _BARE:
            self.advance()
        if self.pos == start:
            raise _Stop
        return self.text[start : self.pos]

    def dotted_key(self) -> list[tuple[str, tuple[int, int]]]:
        """Key parts with the position where each part starts."""
        parts: list[tuple[str, tuple[int, int]]] = []
        while True:
            self.skip_blank()
            start = self.here()
            parts.append((self.key_part(), start))
            self.skip_blank()
            if self.peek() != ".":
                return parts
            self.advance()

    # ---- strings -----------------------------------------------------------------------
    def basic_string(self) -> str:
        if self.startswith('"""'):
            self.advance(3)
            while self.pos < len(self.text) and not (
                self.startswith('"""') and not self.startswith('""""')
            ):
                if self.peek() == "\\":
                    self.advance()
                self.advance()
            while self.startswith('"'):  # up to two quotes may close the content
                self.advance()
            return ""
        self.advance()
        out: list[str] = []
        while self.pos < len(self.text) and self.peek() not in '"\n':
            c = self.peek()
            if c == "\\":
                self.advance()
                esc = self.peek()
                if esc in ("u", "U"):
                    width = 4 if esc == "u" else 8
                    code = self.text[self.pos + 1 : self.pos + 1 + width]
                    out.append(chr(int(code, 16)))
                    self.advance(width + 1)
                    continue
                out.append(_ESCAPES.get(esc, esc))
                self.advance()
                continue
            out.append(c)
            self.advance()
        if self.peek() != '"':
            raise _Stop
        self.advance()
        return "".join(out)

    def literal_string(self) -> str:
        if self.startswith("'''"):
            self.advance(3)
            while self.pos < len(self.text) and not (
                self.startswith("'''") and not self.startswith("''''")
            ):
                self.advance()
            while self.startswith("'"):
                self.advance()
            return ""
        self.advance()
        start = self.pos
        while self.pos < len(self.text) and self.peek() not in "'\n":
            self.advance()
        value = self.text[start : self.pos]
        if self.peek() != "'":
            raise _Stop
        self.advance()
        return value

    # ---- values ------------------------------------------------------------------------
    def value(self, path: KeyPath) -> None:
        c = self.peek()
        if c == '"':
            self.basic_string()
        elif c == "'":
            self.literal_string()
        elif c == "[":
            self.array(path)
        elif c == "{":
            self.inline_table(path)
        else:
            start = self.pos
            while self.peek() and self.peek() not in ",]}#\n\r":
                self.advance()
            if self.pos == start:
                raise _Stop

    def array(self, path: KeyPath) -> None:
        self.advance()  # [
        index = 0
        while True:
            self.skip_blank(newlines=True)
            if self.peek() == "]":
                self.advance()
                return
            if not self.peek():
                raise _Stop
            start = self.here()
            self.value((*path, index))
            self.record((*path, index), start)
            index += 1
            self.skip_blank(newlines=True)
            if self.peek() == ",":
                self.advance()

    def inline_table(self, path: KeyPath) -> None:
        self.advance()  # {
        while True:
            self.skip_blank()
            if self.peek() == "}":
                self.advance()
                return
            if not self.peek():
                raise _Stop
            self.key_value(path)
            self.skip_blank()
            if self.peek() == ",":
                self.advance()

    def key_value(self, table: KeyPath) -> None:
        parts = self.dotted_key()
        if self.peek() != "=":
            raise _Stop
        self.advance()
        self.skip_blank()
        path = table
        for i, (key, _start) in enumerate(parts):
            path = (*path, key)
            if i < len(parts) - 1:
                self.record(path, parts[0][1], explicit=False)
        first = parts[0][1]
        self.value(path)
        self.record(path, first)

    # ---- document ----------------------------------------------------------------------
    def header(self) -> KeyPath:
        start = self.here()
        is_array = self.startswith("[[")
        self.advance(2 if is_array else 1)
        parts = [key for key, _ in self.dotted_key()]
        self.skip_blank()
        if not self.startswith("]]" if is_array else "]"):
            raise _Stop
        self.advance(2 if is_array else 1)
        parent = self.resolve((), parts[:-1])
        for i in range(1, len(parts)):
            prefix = self.resolve((), parts[:i])
            self.record(prefix, start, explicit=False)
        path = (*parent, parts[-1])
        if is_array:
            index = self.arrays.get(path, -1) + 1
            self.arrays[path] = index
            self.record(path, start, explicit=False)
            path = (*path, index)
        self.record(path, start)
        return path

    def document(self) -> None:
        table: KeyPath = ()
        while True:
            self.skip_blank(newlines=True)
            if not self.peek():
                return
            if self.peek() == "[":
                table = self.header()
            else:
                self.key_value(table)
            self.end_of_line()


def locate(text: str) -> dict[KeyPath, Span]:
    """Map every key path of TOML ``text`` to the span where it was written.

    Paths are tuples of keys and array indices: ``("categories", "usage", "retention")``,
    ``("categories", "marketing", "retention", "keep", 0, "elements", 1)``. A table's span is
    its header (or, for a table only implied by a deeper header or dotted key, the first place
    that implied it); a key's span runs from the start of the key to the end of its value.
    """
    scanner = _Scanner(text)
    with contextlib.suppress(_Stop, ValueError, IndexError):
        scanner.document()
    return scanner.spans
