"""ISO 8601 durations (``P6Y``, ``P1Y6M``, ``P2W``, ``PT12H``, ``P1DT2H``) as manifest values.

Retention periods, cookie expiries and the rights SLA are written as ISO 8601 durations so
that they are unambiguous and machine-checkable ("6 years" is prose; ``P6Y`` is not).
"""

from __future__ import annotations

import re

from privlint.manifest.model import Duration

_DURATION = re.compile(
    r"P(?:(?P<years>\d+)Y)?(?:(?P<months>\d+)M)?(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
    r"(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+)S)?)?"
)
_EXPECTED = "expected an ISO 8601 duration such as P6Y or P6M"


def parse_duration(text: object) -> Duration:
    """Parse ``text`` or raise ValueError saying what was expected and what was given."""
    if not isinstance(text, str):
        raise ValueError(f"{_EXPECTED}, got {type(text).__name__} {text!r}")
    match = _DURATION.fullmatch(text.strip())
    if match is None or not any(match.groupdict().values()):
        raise ValueError(f"{_EXPECTED}, got {text!r}")
    if "T" in text and not any(match.group(k) for k in ("hours", "minutes", "seconds")):
        raise ValueError(f"{_EXPECTED} (a 'T' must be followed by hours, minutes or seconds)")
    parts = {k: int(v) for k, v in match.groupdict().items() if v is not None}
    return Duration(text=text.strip(), **parts)


def try_duration(text: object) -> Duration | None:
    """The duration, or None when ``text`` is not one (for callers that report it elsewhere)."""
    try:
        return parse_duration(text)
    except ValueError:
        return None
