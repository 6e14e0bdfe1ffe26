"""Axes of the timeline: a UTC date axis readable from millennia down to minutes, and lane titles.

The date axis draws two tick levels: minor ticks labelled briefly ("Feb", "9", "06:00", "1850")
and major ticks at the enclosing boundaries labelled with their context ("2021", "Dec 2021",
"Thu 9 Dec 2021"). ``context_label`` names the visible span, so the year is always on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg

from timeline_app.render.layout import Lane
from timeline_app.render.timescale import DAY, HOUR, MAX_TIME, MIN_TIME, to_datetime, to_seconds

MONTH = 30.44 * DAY
YEAR = 365.25 * DAY


@dataclass(frozen=True)
class TickStep:
    """A regular step of ``n`` calendar units, the approximate seconds it spans, its label width."""

    unit: str  # "year", "month", "day", "hour", "minute"
    n: int
    seconds: float
    label_px: float


STEPS: tuple[TickStep, ...] = (
    *(TickStep("minute", n, n * 60, 54) for n in (1, 5, 10, 15, 30)),
    *(TickStep("hour", n, n * HOUR, 54) for n in (1, 2, 3, 6, 12)),
    *(TickStep("day", n, n * DAY, 30) for n in (1, 2, 5, 10)),
    *(TickStep("month", n, n * MONTH, 44) for n in (1, 3, 6)),
    *(TickStep("year", n, n * YEAR, 52) for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)),
)
MAJOR_UNIT = {"minute": "day", "hour": "day", "day": "month", "month": "year"}
MINOR_FORMAT = {"minute": "%H:%M", "hour": "%H:%M", "day": "%-d", "month": "%b"}
MAJOR_FORMAT = {"day": "%a %-d %b {year}", "month": "%b {year}", "year": "{year}"}
MAX_TICKS = 400


def choose_step(seconds_per_px: float) -> TickStep:
    """The finest step whose labels do not crowd at this scale."""
    for step in STEPS:
        if step.seconds / seconds_per_px >= step.label_px * 1.6:
            return step
    return STEPS[-1]


def _floor(moment: dt.datetime, unit: str, n: int) -> dt.datetime:
    if unit == "year":
        return dt.datetime(max(1, moment.year - moment.year % n), 1, 1)
    if unit == "month":
        return dt.datetime(moment.year, moment.month - (moment.month - 1) % n, 1)
    if unit == "day":
        return dt.datetime(moment.year, moment.month, moment.day)
    if unit == "hour":
        return moment.replace(hour=moment.hour - moment.hour % n, minute=0, second=0, microsecond=0)
    return moment.replace(minute=moment.minute - moment.minute % n, second=0, microsecond=0)


def _advance(moment: dt.datetime, unit: str, n: int) -> dt.datetime:
    if unit == "year":
        return moment.replace(year=moment.year + n)
    if unit == "month":
        months = moment.month - 1 + n
        return moment.replace(year=moment.year + months // 12, month=months % 12 + 1)
    if unit == "day" and n > 1:  # restart each month: the 1st, 6th, 11th... up to the 27th
        if moment.day + n <= 27:
            return moment.replace(day=moment.day + n)
        return _advance(moment.replace(day=1), "month", 1)
    if unit == "day":
        return moment + dt.timedelta(days=1)
    return moment + (dt.timedelta(hours=n) if unit == "hour" else dt.timedelta(minutes=n))


def calendar_ticks(start: float, end: float, unit: str, n: int) -> Iterator[float]:
    """Positions of the calendar boundaries every ``n`` units between ``start`` and ``end``."""
    moment = _floor(to_datetime(max(start, MIN_TIME)), unit, n)
    if unit == "day" and n > 1:
        moment = moment.replace(day=min(1 + ((moment.day - 1) // n) * n, 1 + (26 // n) * n))
    limit = min(end, MAX_TIME)
    for _ in range(MAX_TICKS):
        x = to_seconds(moment)
        if x > limit:
            return
        if x >= start:
            yield x
        try:
            moment = _advance(moment, unit, n)
        except (ValueError, OverflowError):
            return


def year_text(year: int) -> str:
    return str(year)


def format_moment(moment: dt.datetime, fmt: str) -> str:
    """strftime with a year that also reads well before 1000 (``{year}`` placeholder)."""
    return moment.strftime(fmt.replace("{year}", "")).strip() + (
        (" " if fmt != "{year}" else "") + year_text(moment.year) if "{year}" in fmt else ""
    )


def context_label(start: float, end: float) -> str:
    """Name of the visible span, e.g. "December 2021", "2019 – 2022", "Thu 9 December 2021"."""
    a, b = to_datetime(start), to_datetime(end)
    if b - a <= dt.timedelta(days=2) and a.date() == (b - dt.timedelta(seconds=1)).date():
        text = f"{a:%a} {a.day} {a:%B} {a.year}"
    elif (a.year, a.month) == (b.year, b.month):
        text = f"{a:%B} {a.year}"
    elif a.year == b.year:
        text = f"{a:%B} – {b:%B} {a.year}"
    elif b - a < dt.timedelta(days=3 * 365):
        text = f"{a:%b} {a.year} – {b:%b} {b.year}"
    else:
        text = f"{a.year} – {b.year}"
    return f"{text}   (UTC)"


class UtcDateAxis(pg.AxisItem):  # type: ignore[misc]
    """A bottom axis of UTC dates; see the module docstring."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__("bottom", **kwargs)
        self.enableAutoSIPrefix(False)
        self.setStyle(textFillLimits=[(0, 0.95), (2, 0.8)], tickTextOffset=6)
        self._step = STEPS[-1]
        self._seconds_per_px = 1.0
        self._majors: list[float] = []

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:  # noqa: N802,N803
        if size <= 0 or maxVal <= minVal:
            return []
        self._seconds_per_px = (maxVal - minVal) / size
        step = self._step = choose_step(self._seconds_per_px)
        minors = list(calendar_ticks(minVal, maxVal, step.unit, step.n))
        major_unit = MAJOR_UNIT.get(step.unit)
        if major_unit is None:
            self._majors = []
            return [(step.seconds, minors)]
        self._majors = list(calendar_ticks(minVal, maxVal, major_unit, 1))
        majors = set(self._majors)
        minors = [x for x in minors if x not in majors]
        return [(step.seconds * 100, self._majors), (step.seconds, minors)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        step = self._step
        if spacing != step.seconds:
            fmt = MAJOR_FORMAT[MAJOR_UNIT[step.unit]]
            return [format_moment(to_datetime(v), fmt) for v in values]
        if step.unit == "year":
            return [year_text(to_datetime(v).year) for v in values]
        clear_px = 62 if step.unit in ("day", "month") else 80
        return [
            "" if self._near_major(v, clear_px) else to_datetime(v).strftime(MINOR_FORMAT[step.unit])
            for v in values
        ]

    def _near_major(self, value: float, clear_px: float) -> bool:
        limit = clear_px * self._seconds_per_px
        return any(abs(value - m) < limit for m in self._majors)


class LaneAxis(pg.AxisItem):  # type: ignore[misc]
    """A left axis naming each document's lane at its centre, thinned so titles never collide."""

    def __init__(self, width: int = 150, **kwargs: Any) -> None:
        super().__init__("left", **kwargs)
        self.setWidth(width)
        self.setStyle(tickLength=0, autoExpandTextSpace=False, hideOverlappingLabels=True)
        self._lanes: Sequence[Lane] = ()
        self._titles: dict[float, str] = {}

    def set_lanes(self, lanes: Sequence[Lane]) -> None:
        self._lanes = lanes
        font = self.style.get("tickFont") or pg.QtGui.QFont()
        metrics = pg.QtGui.QFontMetricsF(font)
        width = self.width() - 16
        elide = pg.QtCore.Qt.TextElideMode.ElideRight
        self._titles = {lane.centre: metrics.elidedText(lane.title, elide, width) for lane in lanes}
        self.picture = None
        self.update()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:  # noqa: N802,N803
        if not self._lanes or size <= 0:
            return []
        minVal, maxVal = sorted((minVal, maxVal))  # noqa: N806  (the view counts rows downwards)
        px_per_unit = size / max(maxVal - minVal, 1e-9)
        every = max(1, int(18 / px_per_unit))  # one title per 18 px at most
        centres = [lane.centre for lane in self._lanes if minVal <= lane.centre <= maxVal]
        return [(1.0, centres[::every])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        return [self._titles.get(v, "") for v in values]
