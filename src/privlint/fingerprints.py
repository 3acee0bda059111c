"""Line fingerprints that survive edits elsewhere in a file, as GitHub code scanning computes
them (its ``primaryLocationLineHash``), so a baseline entry and a code-scanning alert agree on
which finding is which.

The hash of line *n* is a polynomial rolling hash (base 37, modulo 2**64) of the 100 characters
that start at the line's first character, counting neither spaces nor tabs, with CR and CRLF
read as LF, over UTF-16 code units (the upload action is JavaScript), and the end of the file
marked by 65535 then zeros. Identical hashes in one file get ``:1``, ``:2``, ... in order.
Written from the algorithm's description; tests/engine/test_baseline.py holds the upload
action's own test vectors.
"""

from __future__ import annotations

_MASK = (1 << 64) - 1
_BLOCK = 100
_BASE = 37
_END = 65535
_FIRST = pow(_BASE, _BLOCK, 1 << 64)  # the weight of the character leaving the window
_SPACE, _TAB, _LF, _CR = 32, 9, 10, 13


def line_hashes(text: str) -> dict[int, str]:
    """``{line number: "hexhash:k"}`` for every line of ``text`` (1-based)."""
    data = text.encode("utf-16-le")
    units = [data[i] | (data[i + 1] << 8) for i in range(0, len(data), 2)]
    window = [0] * _BLOCK
    starts = [0] * _BLOCK  # the line whose first character sits in each window slot (0: none)
    counts: dict[str, int] = {}
    out: dict[int, str] = {}
    value = index = line = 0
    at_line_start, after_cr = True, False

    def emit(slot: int) -> None:
        digest = format(value, "x")
        counts[digest] = counts.get(digest, 0) + 1
        out[starts[slot]] = f"{digest}:{counts[digest]}"
        starts[slot] = 0

    for unit in (*units, _END, *([0] * _BLOCK)):  # the zeros flush the last lines' windows
        if unit in (_SPACE, _TAB) or (after_cr and unit == _LF):
            after_cr = False
            continue
        after_cr = unit == _CR
        if after_cr:
            unit = _LF
        if starts[index]:
            emit(index)
        if at_line_start and unit != 0:
            at_line_start = False
            line += 1
            starts[index] = line
        at_line_start = at_line_start or unit == _LF
        leaving = window[index]
        window[index] = unit
        value = (_BASE * value + unit - _FIRST * leaving) & _MASK
        index = (index + 1) % _BLOCK
    return out
