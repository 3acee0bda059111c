"""Calendar arithmetic for retention periods (P1Y, P6M, P6Y, P30D)."""

from __future__ import annotations

import calendar
import datetime as dt


def months_before(moment: dt.datetime, months: int) -> dt.datetime:
    """``moment`` minus whole calendar months, clamping the day (31 Aug - 6 months = 28/29 Feb)."""
    index = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(index, 12)
    month += 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def years_before(moment: dt.datetime, years: int) -> dt.datetime:
    return months_before(moment, 12 * years)
