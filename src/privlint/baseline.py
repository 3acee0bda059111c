"""A baseline: the findings a team has accepted for now, so a run reports only new ones.

``privlint check --write-baseline FILE`` records every current finding; ``--baseline FILE``
then leaves those out. A finding is known by its rule, its file (relative to the project root)
and the text of its line without whitespace (hashed, with ``:k`` for the k-th such line), so it
stays known when code above or below it changes or it is re-indented, becomes new when its own
line changes, and a second identical finding on another line is still new. (GitHub's line
fingerprint, used in SARIF, also covers the next lines: appending a function below a finding
would bring it back.) Entries that no longer match anything are counted as stale.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from privlint.config import relative_posix
from privlint.findings import Finding

FORMAT = "privlint-baseline"
VERSION = 1


class BaselineError(ValueError):
    """A baseline file that cannot be used; the message names the file and what is wrong."""


@dataclass(frozen=True)
class Entry:
    """One accepted finding: what ``--baseline`` matches on, plus its message for readers."""

    code: str
    path: str
    fingerprint: str
    message: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.code, self.path, self.fingerprint)


@dataclass(frozen=True)
class Applied:
    """The findings left to report, how many the baseline held back, how many entries matched
    nothing this time."""

    findings: tuple[Finding, ...]
    baselined: int
    stale: int


def entries_for(findings: Iterable[Finding], root: Path) -> list[Entry]:
    """One entry per finding, in the order given; each file is read once."""
    root = root.resolve()
    lines: dict[str, list[str] | None] = {}
    seen: Counter[tuple[str, str, str]] = Counter()
    out = []
    for finding in findings:
        if finding.path not in lines:
            try:
                text = Path(finding.path).read_text(encoding="utf-8", errors="replace")
                lines[finding.path] = text.splitlines()
            except OSError:
                lines[finding.path] = None
        path = relative_posix(Path(finding.path), root)
        content = lines[finding.path]
        number = finding.span.line
        if content is not None and 0 < number <= len(content):
            text = "".join(content[number - 1].split())
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        else:  # an unreadable file: only the line number is left to go by
            digest = f"line{number}"
        seen[(finding.code, path, digest)] += 1
        fingerprint = f"{digest}:{seen[(finding.code, path, digest)]}"
        out.append(Entry(finding.code, path, fingerprint, finding.message))
    return out


def write(target: Path, findings: Sequence[Finding], root: Path) -> int:
    """Record ``findings`` in ``target`` (sorted, one JSON object per entry); the count."""
    entries = sorted(entries_for(findings, root), key=lambda e: (e.path, e.code, e.fingerprint))
    document = {
        "format": FORMAT,
        "version": VERSION,
        "findings": [
            {"code": e.code, "path": e.path, "fingerprint": e.fingerprint, "message": e.message}
            for e in entries
        ],
    }
    target.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(entries)


def load(source: Path) -> list[Entry]:
    """The entries of a baseline file; a :class:`BaselineError` that says what is wrong."""
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BaselineError(
            f"baseline '{source}' not found (create it with --write-baseline {source})"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"baseline '{source}' cannot be read: {exc}") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"{source}:{exc.lineno}:{exc.colno}"
        raise BaselineError(f"baseline {where}: not valid JSON: {exc.msg}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BaselineError(
            f"baseline '{source}': not a privlint baseline (no \"format\": {FORMAT!r})"
        )
    if document.get("version") != VERSION:
        raise BaselineError(
            f"baseline '{source}': version {document.get('version')!r} is not supported "
            f"(expected {VERSION}); write it again with --write-baseline"
        )
    items = document.get("findings")
    if not isinstance(items, list):
        raise BaselineError(f"baseline '{source}': \"findings\" must be a list")
    entries = []
    for number, item in enumerate(items, start=1):
        fields = ("code", "path", "fingerprint")
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in fields):
            raise BaselineError(
                f'baseline \'{source}\': finding {number} needs string "code", "path" and '
                '"fingerprint"'
            )
        message = item.get("message")
        entries.append(
            Entry(
                item["code"],
                item["path"],
                item["fingerprint"],
                message if isinstance(message, str) else "",
            )
        )
    return entries


def apply(findings: Sequence[Finding], entries: Sequence[Entry], root: Path) -> Applied:
    """Leave out each finding an entry accounts for (each entry accounts for one finding)."""
    left = Counter(entry.key for entry in entries)
    kept = []
    for finding, entry in zip(findings, entries_for(findings, root), strict=True):
        if left[entry.key] > 0:
            left[entry.key] -= 1
        else:
            kept.append(finding)
    return Applied(tuple(kept), len(findings) - len(kept), sum(left.values()))
