"""One source of "now", so retention jobs and tests agree on the time.

Times are naive UTC throughout (SQLite keeps no time zone). Every function that needs the time
takes a ``clock`` argument defaulting to :func:`utcnow`, which lets the tests move the clock
past a retention deadline without patching anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Clock = Callable[[], dt.datetime]


def utcnow() -> dt.datetime:
    """The current time in UTC, without tzinfo (the storage convention of this app)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def fixed(moment: dt.datetime) -> Clock:
    """A clock that always says ``moment`` (for tests and batch re-runs)."""
    return lambda: moment
