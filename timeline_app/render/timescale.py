"""Time on the timeline's x axis: seconds since 1970-01-01 UTC, as float64.

Datetimes in the models are naive and mean UTC; the axis covers years 1 to 9999.
"""

from __future__ import annotations

import datetime as dt

EPOCH = dt.datetime(1970, 1, 1)
MIN_TIME = (dt.datetime(1, 1, 1) - EPOCH).total_seconds()
MAX_TIME = (dt.datetime(9999, 12, 31, 23, 59, 59) - EPOCH).total_seconds()
HOUR = 3600.0
DAY = 86400.0
YEAR = 365.2425 * DAY
MIN_SPAN = 2 * HOUR  # the narrowest view: a couple of hours


def to_seconds(value: dt.datetime | dt.date) -> float:
    """Seconds since the epoch of a naive (UTC) datetime or a date."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return (value - EPOCH).total_seconds()


def to_datetime(seconds: float) -> dt.datetime:
    """The naive UTC datetime of a position on the axis, clamped to years 1..9999."""
    seconds = min(max(seconds, MIN_TIME), MAX_TIME)
    return EPOCH + dt.timedelta(seconds=seconds)


def clamp_range(start: float, end: float) -> tuple[float, float]:
    """A visible range kept inside years 1..9999 and no narrower than ``MIN_SPAN``."""
    span = min(max(end - start, MIN_SPAN), MAX_TIME - MIN_TIME)
    center = (start + end) / 2
    start = min(max(center - span / 2, MIN_TIME), MAX_TIME - span)
    return start, start + span
