"""Resolution: a pure function of a ``Spec``, the publication date, the tense and the last date
the text mentioned. Never looks at the clock.

Each result carries a one-line explanation a reader can check, e.g. "past-tense report: the
last Wednesday on or before 2021-12-09". Without a publication date, relative values stay
underspecified (XXXX-10, XXXX-WXX-3) and the explanation says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from timeline_app.core.models import Granularity, Tense
from timeline_app.parsing import calendar as cal
from timeline_app.parsing.calendar import Period
from timeline_app.parsing.spec import Direction, Spec, SpecKind, Unit

NO_DCT = "no publication date known"
_UNIT_NAMES = {Unit.DAY: "day", Unit.WEEK: "week", Unit.WEEKEND: "weekend", Unit.MONTH: "month",
               Unit.QUARTER: "quarter", Unit.HALF: "half", Unit.SEASON: "season",
               Unit.YEAR: "year", Unit.DECADE: "decade", Unit.CENTURY: "century",
               Unit.HOUR: "hour", Unit.MINUTE: "minute"}
_FINENESS = {g: i for i, g in enumerate(Granularity)}  # larger = finer


@dataclass(frozen=True)
class Anchor:
    """The last date the text mentioned, for "the following day", "a year earlier"."""

    expression_id: str
    period: Period


@dataclass(frozen=True)
class Context:
    """What resolution may depend on besides the spec."""

    dct: dt.date | None
    tense: Tense = Tense.NONE
    previous: Anchor | None = None


@dataclass(frozen=True)
class Resolution:
    """A resolved value, its period (if it has one) and why."""

    value: str
    period: Period | None
    explanation: str
    anchor: str | None = None


def resolve(spec: Spec, ctx: Context) -> Resolution:
    """Resolve one underspecified value in its context."""
    resolver = _RESOLVERS[spec.kind]
    result = resolver(spec, ctx)
    if result.period is not None and spec.mod in ("START", "MID", "END"):
        narrowed = cal.narrow(result.period, spec.mod)
        part = {"START": "early", "MID": "middle", "END": "late"}[spec.mod]
        return Resolution(result.value, narrowed, f"{result.explanation}; the {part} part",
                          result.anchor)
    return result


# -- fixed values -------------------------------------------------------------------------------

def _resolve_fixed(spec: Spec, ctx: Context) -> Resolution:
    value = spec.value or ""
    what = {SpecKind.DURATION: "a duration", SpecKind.SET: "a recurring time"}.get(spec.kind, "")
    return Resolution(value, None, f"{what} ({value}), independent of the publication date")


def _resolve_ref(spec: Spec, ctx: Context) -> Resolution:
    value = spec.value or "PRESENT_REF"
    if value == "PRESENT_REF" and ctx.dct is not None:
        return Resolution(value, cal.day_period(ctx.dct),
                          f"the present: the publication date {ctx.dct}", "dct")
    reading = {"PRESENT_REF": "the present", "PAST_REF": "an unspecified past time",
               "FUTURE_REF": "an unspecified future time"}[value]
    return Resolution(value, None, f"vague reference to {reading}")


# -- calendar dates -----------------------------------------------------------------------------

def _period_for(spec: Spec, year: int) -> Period:
    """The period of the finest calendar field of ``spec`` in ``year``."""
    if spec.month is not None and spec.day is not None:
        day = min(spec.day, 28) if spec.month == 2 and not _leap(year) else spec.day
        return cal.day_period(dt.date(year, spec.month, day))
    if spec.month is not None:
        return cal.month_period(year, spec.month)
    if spec.quarter is not None:
        return cal.quarter_period(year, spec.quarter)
    if spec.half is not None:
        return cal.half_period(year, spec.half)
    if spec.season is not None:
        return cal.season_period(year, spec.season)
    return cal.year_period(year)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _describe(spec: Spec) -> str:
    if spec.month is not None and spec.day is not None:
        return f"{cal.MONTH_NAMES[spec.month]} {spec.day}"
    if spec.month is not None:
        return cal.MONTH_NAMES[spec.month]
    if spec.quarter is not None:
        return f"Q{spec.quarter}"
    if spec.half is not None:
        return f"H{spec.half}"
    if spec.season is not None:
        return cal.SEASON_NAMES[spec.season]
    return "the year"


def _unknown_year_value(spec: Spec) -> str:
    if spec.month is not None and spec.day is not None:
        return f"XXXX-{spec.month:02d}-{spec.day:02d}"
    if spec.month is not None:
        return f"XXXX-{spec.month:02d}"
    if spec.quarter is not None:
        return f"XXXX-Q{spec.quarter}"
    if spec.half is not None:
        return f"XXXX-H{spec.half}"
    return f"XXXX-{spec.season}" if spec.season else "XXXX"


def _pick_year(spec: Spec, ctx: Context, ref: dt.date) -> tuple[int, str]:
    """Place a date written without its year relative to the publication date."""
    candidates = [_period_for(spec, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    ref_start = dt.datetime(ref.year, ref.month, ref.day)
    ref_end = ref_start + dt.timedelta(days=1)
    name = _describe(spec)
    direction = spec.direction
    coarse = spec.month is None  # quarter, half, season: the publication year unless told
    if direction is Direction.TENSE and (coarse or ctx.tense not in (Tense.PAST, Tense.FUTURE)):
        if coarse:
            direction = Direction.THIS
    if direction is Direction.THIS:
        return ref.year, f"'this' {name}: the one in the publication year {ref.year}"
    if direction is Direction.LAST:
        year = max(p.start.year for p in candidates if p.end <= ref_start)
        return year, f"'last' {name}: the latest one ended before {ref}"
    if direction is Direction.NEXT:
        year = min(p.start.year for p in candidates if p.start >= ref_end)
        return year, f"'next' {name}: the first one after {ref}"
    if ctx.tense is Tense.PAST:
        year = max(p.start.year for p in candidates if p.start < ref_end)
        return year, f"past tense: the last {name} on or before {ref}"
    if ctx.tense is Tense.FUTURE:
        year = min(p.start.year for p in candidates if p.end > ref_start)
        return year, f"future tense: the next {name} on or after {ref}"
    nearest = min(candidates, key=lambda p: abs((p.start - ref_start).days))
    return nearest.start.year, f"no tense: the {name} nearest to {ref}"


def _resolve_date(spec: Spec, ctx: Context) -> Resolution:
    if spec.century is not None and spec.year is None and spec.decade is None:
        period = cal.century_period(spec.century)
        return Resolution(period.value, period, f"the {spec.century + 1}th century, as written")
    if spec.decade is not None and spec.year is None:
        period = cal.decade_period(spec.decade)
        return Resolution(period.value, period, f"the {spec.decade}0s, as written")
    if spec.year is not None:
        return _with_time(spec, _period_for(spec, spec.year), "date written in full", "")
    if ctx.dct is None:
        value = _unknown_year_value(spec)
        return Resolution(value, None, f"{_describe(spec)} of an unknown year; {NO_DCT}")
    year, why = _pick_year(spec, ctx, ctx.dct)
    return _with_time(spec, _period_for(spec, year), why, "dct")


def _with_time(spec: Spec, period: Period, why: str, anchor: str) -> Resolution:
    """Refine a day by a time or part of day, if the spec has one."""
    if period.granularity is Granularity.DAY:
        day = period.start.date()
        if spec.hour is not None:
            period = cal.time_period(day, spec.hour, spec.minute or 0)
            why = f"{why}, at {spec.hour:02d}:{spec.minute or 0:02d}"
        elif spec.part_of_day is not None:
            period = cal.part_of_day_period(day, spec.part_of_day)
            why = f"{why}, {cal.PART_OF_DAY_NAMES[spec.part_of_day]}"
    return Resolution(period.value, period, why, anchor or None)


# -- weekdays -----------------------------------------------------------------------------------

def _weekday_choice(spec: Spec, tense: Tense) -> tuple[Callable[[int], int], str]:
    """How many days from the reference to the weekday, and the reading."""
    if spec.direction is Direction.LAST:
        return (lambda d: -((-d) % 7 or 7)), "'last': the {w} before {ref}"
    if spec.direction is Direction.NEXT:
        return (lambda d: d % 7 or 7), "'next': the {w} after {ref}"
    if spec.direction is Direction.THIS or tense is Tense.FUTURE:
        label = "'this'" if spec.direction is Direction.THIS else "future tense"
        return (lambda d: d % 7), label + ": the next {w} on or after {ref}"
    if tense is Tense.PAST:
        return (lambda d: -((-d) % 7)), "past-tense report: the last {w} on or before {ref}"
    return (lambda d: -((-d) % 7)), "no clear tense, news usage: the last {w} on or before {ref}"


def _resolve_weekday(spec: Spec, ctx: Context) -> Resolution:
    weekday = spec.weekday or 1
    name = cal.WEEKDAY_NAMES[weekday]
    if ctx.dct is None:
        after = spec.direction is Direction.NEXT or ctx.tense is Tense.FUTURE
        value = f"XXXX-WXX-{weekday}"
        when = "after" if after else "before"
        return Resolution(value, None, f"the {name} {when} publication; {NO_DCT}")
    choose, template = _weekday_choice(spec, ctx.tense)
    day = ctx.dct + dt.timedelta(days=choose(weekday - ctx.dct.isoweekday()))
    why = template.format(w=name, ref=ctx.dct)
    return _with_time(spec, cal.day_period(day), why, "dct")


# -- relative offsets ---------------------------------------------------------------------------

def _reference(spec: Spec, ctx: Context) -> tuple[Period | None, str, str | None]:
    """The period an offset counts from: the last date mentioned, or the publication date."""
    if spec.anchor == "previous" and ctx.previous is not None:
        anchor = ctx.previous
        return anchor.period, f"the date mentioned before ({anchor.period.value})", \
            anchor.expression_id
    if ctx.dct is None:
        return None, "publication", None
    prefix = "no earlier date in the text; " if spec.anchor == "previous" else ""
    return cal.day_period(ctx.dct), f"{prefix}the publication date {ctx.dct}", "dct"


def _shift(period: Period, unit: Unit, offset: int, keep: bool = False) -> Period | None:
    """Shift a reference period by ``offset`` units; ``keep``: a year shift keeps the
    reference's own granularity ("a year earlier" than a quarter is that quarter a year before).
    """
    start = period.start.date()
    if keep and unit is Unit.YEAR and _FINENESS[period.granularity] > _FINENESS[Granularity.YEAR]:
        return _shift_years_keeping(period, offset)
    if unit in (Unit.DAY, Unit.HOUR, Unit.MINUTE):
        day = cal.shift_day(start, offset if unit is Unit.DAY else 0)
        return None if day is None else cal.day_period(day)
    if unit is Unit.WEEK:
        return cal.week_period(start + dt.timedelta(weeks=offset))
    if unit is Unit.WEEKEND:
        return cal.weekend_period(start + dt.timedelta(weeks=offset))
    if unit is Unit.MONTH:
        return cal.month_period(*cal.add_months(start.year, start.month, offset))
    if unit is Unit.QUARTER:
        index = start.year * 4 + (start.month - 1) // 3 + offset
        return cal.quarter_period(index // 4, index % 4 + 1)
    if unit is Unit.YEAR:
        return cal.year_period(start.year + offset)
    if unit is Unit.DECADE:
        return cal.decade_period(start.year // 10 + offset)
    if unit is Unit.CENTURY:
        return cal.century_period(start.year // 100 + offset)
    return None


def _shift_years_keeping(period: Period, years: int) -> Period:
    """The same quarter / month / day ``years`` earlier or later ("a year earlier")."""
    start = period.start.date()
    year = start.year + years
    if period.granularity is Granularity.QUARTER:
        return cal.quarter_period(year, (start.month - 1) // 3 + 1)
    if period.granularity is Granularity.HALF:
        return cal.half_period(year, 1 if start.month < 7 else 2)
    if period.granularity is Granularity.MONTH:
        return cal.month_period(year, start.month)
    if period.granularity is Granularity.SEASON:
        return cal.season_period(year, period.value[-2:])
    day = min(start.day, 28) if start.month == 2 else start.day
    return cal.day_period(dt.date(year, start.month, day))


def _offset_words(spec: Spec) -> str:
    unit = _UNIT_NAMES[spec.unit or Unit.DAY]
    offset = spec.offset or 0
    if offset == 0:
        return f"the same {unit} as"
    count = abs(offset)
    plural = unit if count == 1 else unit + "s"
    return f"{count} {plural} {'before' if offset < 0 else 'after'}"


def _unknown_relative_value(unit: Unit) -> str:
    return {Unit.YEAR: "XXXX", Unit.MONTH: "XXXX-XX", Unit.WEEK: "XXXX-WXX",
            Unit.QUARTER: "XXXX-QX", Unit.DECADE: "XXX", Unit.CENTURY: "XX"}.get(unit,
                                                                                "XXXX-XX-XX")


def _resolve_relative(spec: Spec, ctx: Context) -> Resolution:
    unit = spec.unit or Unit.DAY
    reference, ref_words, anchor = _reference(spec, ctx)
    if spec.offset is None:
        value = "PAST_REF" if spec.anchor != "future" else "FUTURE_REF"
        return Resolution(value, None, "an unspecified number of units: a vague reference")
    words = f"{_offset_words(spec)} {ref_words}"
    if reference is None:
        return Resolution(_unknown_relative_value(unit), None, f"{words}; {NO_DCT}")
    keep = spec.anchor == "previous" and anchor not in (None, "dct")
    period = _shift(reference, unit, spec.offset, keep)
    if period is None:
        return Resolution(_unknown_relative_value(unit), None, f"{words}: out of range")
    return _with_time(spec, period, words, anchor or "")


_RESOLVERS: dict[SpecKind, Callable[[Spec, Context], Resolution]] = {
    SpecKind.DATE: _resolve_date,
    SpecKind.RELATIVE: _resolve_relative,
    SpecKind.WEEKDAY: _resolve_weekday,
    SpecKind.DURATION: _resolve_fixed,
    SpecKind.SET: _resolve_fixed,
    SpecKind.REF: _resolve_ref,
}
