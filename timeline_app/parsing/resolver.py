"""Resolution: a pure function of a ``Spec``, the publication date, the tense and the last date
the text mentioned. Never looks at the clock.

Each result carries a one-line explanation a reader can check, e.g. "past-tense report: the
last Wednesday on or before 2021-12-09". Without a publication date, relative values stay
underspecified (XXXX-10, XXXX-WXX-3) and the explanation says so.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple

from timeline_app.core.models import Granularity, Tense
from timeline_app.parsing import calendar as cal
from timeline_app.parsing.calendar import Period
from timeline_app.parsing.spec import Direction, Spec, SpecKind, Unit

NO_DCT = "no publication date known"
_UNIT_NAMES = {Unit.DAY: "day", Unit.WEEK: "week", Unit.WEEKEND: "weekend", Unit.MONTH: "month",
               Unit.QUARTER: "quarter", Unit.HALF: "half", Unit.SEASON: "season",
               Unit.YEAR: "year", Unit.DECADE: "decade", Unit.CENTURY: "century",
               Unit.HOUR: "hour", Unit.MINUTE: "minute"}
FINENESS = {g: i for i, g in enumerate(Granularity)}  # larger = finer


class Anchor(NamedTuple):  # a named tuple: made for every date in the text, cheaply
    """The last date the text mentioned, for "the following day", "a year earlier"."""

    expression_id: str
    period: Period
    sentence_index: int = 0
    ago: bool = False  # "a month ago": a look back from the present, not a period reported
    late: bool = False  # "late Friday", "New Year's Eve": the day's last hours, which run on
    # past midnight
    since: bool = False  # "since 1762": the date something has gone on since, not a scene
    # "early 1943", "mid-1943": a part of a year, or "In 1943," opening a sentence: sets a scene
    part: bool = False
    dated: bool = False  # "6 February 2021": its year written, not counted from publication
    ends: bool = False  # "runs through Dec. 12": the end of a span, which opens none after it
    # "passed it on Jan. 28 ... three weeks later": the day a count of weeks from a day lands on
    # (Feb. 18), which a count of days after it counts from ("vetoed it four days later")
    day: Period | None = None
    names_thing: bool = False  # "the Paris agreement of 2015": names a thing, sets no scene
    range_end: bool = False  # "from June 1 to Nov. 30": the last day of a span told whole
    spans_years: bool = False  # "between Jan. 1, 2015, and Dec. 31, 2019": a period, no scene
    aside: bool = False  # "Cameron, who flew home on Tuesday, ...": no day for a clock time after it


class BcDate(NamedTuple):
    """A date before Christ the text told ("218 BC", "2 August 216 BC"), which has no period on
    the calendar: the dates after it count from its year (counted back from year 1), month and
    day."""

    expression_id: str
    year: int
    month: int | None = None
    day: int | None = None


class Context(NamedTuple):  # made for every expression resolved
    """What resolution may depend on besides the spec."""

    dct: dt.date | None
    tense: Tense = Tense.NONE
    previous: Anchor | None = None  # the last date mentioned
    sentence_index: int = 0
    earlier: tuple[Anchor, ...] = ()  # the dates mentioned before, most recent first
    # the last date mentioned when it is before Christ (no period): its year, month and day
    before_christ: BcDate | None = None
    # two dates told, none within a decade of publication: a history, whose years set scenes
    history: bool = False


@dataclass(frozen=True)
class Resolution:
    """A resolved value, its period (if it has one) and why."""

    value: str
    period: Period | None
    explanation: str
    anchor: str | None = None
    granularity: Granularity | None = None  # when there is no period (a year before 1)

    def naming(self, anchor: str) -> Resolution:
        """The same resolution counted from another expression (``dataclasses.replace``,
        cheaper: it runs for every reused anaphoric resolution)."""
        return Resolution(self.value, self.period, self.explanation, anchor, self.granularity)


_PART = {"START": "early", "MID": "middle", "END": "late"}


_FINER_THAN_A_DAY = frozenset({Granularity.PART_OF_DAY, Granularity.HOUR, Granularity.MINUTE,
                               Granularity.SECOND})


def _finer_than_a_day(period: Period) -> bool:
    """A part of a day or a clock time, not a whole day or longer."""
    return period.granularity in _FINER_THAN_A_DAY


def resolve(spec: Spec, ctx: Context) -> Resolution:
    """Resolve one underspecified value in its context."""
    if spec.restates and ctx.previous is not None:  # "in 2005, nearly nine decades later"
        period = ctx.previous.period
        # "at 5:46 a.m. on March 12, a Saturday", "Friday night, four days later": the day
        if spec.kind is SpecKind.WEEKDAY or _finer_than_a_day(period):
            period = cal.day_period(period.start.date())
        return Resolution(period.value, period, f"restates the date just written "
                          f"({period.value})", ctx.previous.expression_id)
    resolver = _RESOLVERS[spec.kind]
    try:
        result = resolver(spec, ctx)
    except (ValueError, OverflowError) as exc:  # raised by datetime: no such day or year
        return _years_before_christ(spec, ctx) or _unresolvable(spec, exc)
    if spec.southern and spec.season is not None:  # "the austral summer": say so
        result = replace(result, explanation=(
            f"{result.explanation}; the southern hemisphere's {_SOUTHERN_NAME[spec.season]}, "
            f"the calendar's {_SEASON_NAME[spec.season]} in its months"))
    if result.period is not None and spec.mod in ("START", "MID", "END"):
        narrowed = cal.narrow(result.period, spec.mod)
        part = _PART[spec.mod]
        return Resolution(result.value, narrowed, f"{result.explanation}; the {part} part",
                          result.anchor)
    return result


_SEASON_NAME = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_SOUTHERN_NAME = {"WI": "summer", "SU": "winter", "FA": "spring", "SP": "autumn"}
_YEARS_IN = {Unit.YEAR: 1, Unit.DECADE: 10, Unit.CENTURY: 100}
_UNIT_PLURAL = {Unit.YEAR: "years", Unit.DECADE: "decades", Unit.CENTURY: "centuries"}


def _years_before_christ(spec: Spec, ctx: Context) -> Resolution | None:
    """So many years ago from publication, landing before year 1 ("2,800 years ago", written in
    1996, is 805 BC): the BC year, kept as written, as a BC year in the text is."""
    if spec.kind is not SpecKind.RELATIVE or spec.anchor != "dct" or ctx.dct is None or \
            spec.unit not in _YEARS_IN or spec.offset is None or spec.offset >= 0:
        return None
    year = ctx.dct.year + spec.offset * _YEARS_IN[spec.unit]
    if year >= 1:
        return None
    words = f"{-spec.offset:,} {_UNIT_PLURAL[spec.unit]} before the publication date {ctx.dct}"
    if 1 - year > 9999:  # a TIMEX3 year has four digits: "13,000 years ago" is the past
        return Resolution("PAST_REF", None, f"unresolvable on the timeline: {words} is "
                          f"{1 - year:,} BC, further back than a TIMEX3 year can be written",
                          "dct")
    return Resolution(f"BC{1 - year:04d}", None, f"unresolvable on the timeline: {words} is "
                      f"{1 - year:,} BC, before year 1", "dct", granularity=Granularity.YEAR)


def _unresolvable(spec: Spec, exc: Exception) -> Resolution:
    """A date the calendar cannot hold (30 February, 29 February 2021, a year beyond 1-9999):
    kept as written with its reason, never moved to a nearby day."""
    if spec.kind is SpecKind.RELATIVE:
        value = _unknown_relative_value(spec.unit or Unit.DAY)
    elif spec.kind is SpecKind.WEEKDAY:
        value = f"XXXX-WXX-{spec.weekday or 1}"
    else:
        value = _unknown_year_value(spec)
        if spec.year is not None and 0 < spec.year <= 9999:
            value = f"{spec.year:04d}" + value[4:]
    year = re.search(r"\byear (-?\d+) is out of range", str(exc))  # datetime's own words
    reason = _no_such_day(spec) or "the date falls outside the years 1-9999 a calendar can show" + (
        f" (year {year[1]})" if year else "")
    return Resolution(value, None, f"unresolvable: {reason}")


_LONGEST_MONTH = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _no_such_day(spec: Spec) -> str | None:
    """Why the month has no such day ("February 30 does not exist in any year"), or the year
    no such week ("week 53 does not exist in 2021": it has 52), or None."""
    if spec.week == 53:
        where = f"in {spec.year}" if spec.year is not None else "in the years around publication"
        return f"week 53 does not exist {where}: it has 52 ISO weeks"
    if spec.month is None and spec.day is not None and spec.day > 28:  # "the 31st prox."
        return f"the month it falls in has no day {spec.day}"
    if spec.month is None or spec.day is None:
        return None
    name = _describe(spec)
    if spec.day > _LONGEST_MONTH[spec.month]:
        return f"{name} does not exist in any year"
    if spec.month == 2 and spec.day == 29 and (spec.year is None or not _leap(spec.year)):
        where = f"in {spec.year}" if spec.year is not None else "in the years around publication"
        return f"{name} does not exist {where}"
    return None


def _ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st."""
    teen = 10 <= number % 100 <= 20
    return f"{number}{'th' if teen else {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th')}"


def _candidate(spec: Spec, year: int) -> Period | None:
    """``spec`` in ``year``, or None where the calendar has no such date (29 February 2021)."""
    try:
        return _period_for(spec, year)
    except (ValueError, OverflowError):
        return None


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
    if value.startswith("XXXX-XX-XXT"):  # "Chill the custard overnight": a recipe's step
        return Resolution(value, None, "a part of any day: an instruction for no one date")
    if value.startswith("XXXX-"):  # "the best January opening": a month of any year
        return Resolution(value, None, "a month named as a kind, of no one year")
    if value == "FUTURE_REF" and spec.anchor == "previous" and ctx.tense is Tense.PAST:
        # "They met in 2015 and married a few years later": later than the time told, and
        # already past when written; not some time after publication
        return Resolution("PAST_REF", None, "an unspecified time after a time told, told in "
                          "the past: some time before publication")
    reading = {"PRESENT_REF": "the present", "PAST_REF": "an unspecified past time",
               "FUTURE_REF": "an unspecified future time"}[value]
    suffix = f"; {NO_DCT}" if value == "PRESENT_REF" else ""
    return Resolution(value, None, f"vague reference to {reading}{suffix}")


# -- calendar dates -----------------------------------------------------------------------------

def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _day_or_week(spec: Spec, day: dt.date) -> Period:
    """The day, or the week or the weekend holding it ("Easter week", "Labor Day weekend": a
    Monday holiday's weekend is the one just before it)."""
    if spec.granularity == "week":
        return cal.week_period(day)
    if spec.granularity == "week_ended":
        return cal.week_ended_period(day)
    if spec.granularity == "weekend":
        return cal.weekend_period(day - dt.timedelta(days=2) if day.isoweekday() == 1 else day)
    return cal.day_period(day)


def _kept_on(day: dt.date, weekday: int | None) -> dt.date:
    """A moving feast said to fall on a weekday a day either side of its tabled date, or two
    days after it: that day ("Eid on Wednesday" where the new moon was sighted a day after Saudi
    Arabia's reckoning; Malaysia may keep it two days after the Umm al-Qura calendar)."""
    for shift in (0, 1, -1, 2) if weekday is not None else ():
        if (day + dt.timedelta(days=shift)).isoweekday() == weekday:
            return day + dt.timedelta(days=shift)
    return day


class _Cycle(NamedTuple):
    """A day held once in a cycle of years, read from its vocabulary entry: "Super_Tuesday 4:0
    1988-03-08 ..." is held in the years that leave 0 when divided by 4, on the days listed."""

    label: str
    length: int
    remainder: int
    days: tuple[str, ...]


@functools.lru_cache(maxsize=16)
def _cycle(entry: str) -> _Cycle:
    label, every, *days = entry.split()
    length, remainder = (int(x) for x in every.split(":"))
    return _Cycle(label.replace("_", " "), length, remainder, tuple(days))


def _cycle_year(spec: Spec, ctx: Context, candidates: list[Period], ref_start: dt.datetime,
                ref_end: dt.datetime) -> tuple[int, str]:
    """The year of a day held once in a cycle of years ("Super Tuesday", in a presidential
    year): told in the past, the last one held by the reference day; else the next one from it,
    as a schedule is, unless the reference day is that day itself."""
    cycle = _cycle(spec.cycle or "")
    label, length = cycle.label, cycle.length
    if ctx.tense is Tense.PAST:
        held = [p for p in candidates if p.start < ref_end]
        if held:
            year = held[-1].start.year
            return year, (f"past tense: the last {label} by {ref_start.date()}, held every "
                          f"{length} years: {year}'s")
    ahead = [p for p in candidates if p.end > ref_start]
    year = (ahead[0] if ahead else candidates[-1]).start.year
    told = "no clear tense" if ctx.tense is Tense.NONE else f"{ctx.tense.value} tense"
    return year, (f"{told}: the next {label} from {ref_start.date()}, held every {length} "
                  f"years: {year}'s")


def _period_for(spec: Spec, year: int) -> Period:
    """The period of the finest calendar field of ``spec`` in ``year``."""
    if spec.easter is not None:  # "Easter week": the week holding it
        return _day_or_week(spec, cal.easter(year) + dt.timedelta(days=spec.easter))
    if spec.lunisolar is not None:  # the Spring Festival, the Mid-Autumn Festival
        kept = _kept_on(cal.lunisolar_feast(spec.lunisolar, year), spec.feast_weekday)
        return _day_or_week(spec, kept + dt.timedelta(days=spec.feast_shift))
    if spec.month is not None and spec.nth == -1:  # "the last Sunday in October"
        last = dt.date(*cal.add_months(year, spec.month, 1), 1) - dt.timedelta(days=1)
        return _day_or_week(spec, last - dt.timedelta(days=(last.isoweekday() - (spec.weekday or 1)) % 7))
    if spec.cycle is not None:  # "Super Tuesday": only in the years of its cycle, on its day
        cycle = _cycle(spec.cycle)
        if year % cycle.length != cycle.remainder:
            raise ValueError(f"not held in {year}")
        known = next((d for d in cycle.days if d.startswith(f"{year:04d}-")), None)
        if known is not None:
            return _day_or_week(spec, dt.date.fromisoformat(known))
    if spec.fixed_before_1971 is not None and year < 1971:  # "Memorial Day 1889": 30 May
        kept_month, kept_day = (int(x) for x in spec.fixed_before_1971.split("-"))
        return _day_or_week(spec, dt.date(year, kept_month, kept_day))
    if spec.month is not None and spec.day is not None and spec.nth is not None:
        first = dt.date(year, spec.month, spec.day)  # "the 4th Thursday on or after 1 November"
        ahead = ((spec.weekday or 1) - first.isoweekday()) % 7 + 7 * (spec.nth - 1)
        return _day_or_week(spec, first + dt.timedelta(days=ahead))
    if spec.month is not None and spec.day is not None:
        day = dt.date(year, spec.month, spec.day)  # 29 February 2021: raises
        # "the week beginning 12 March": the week holding that day
        return _day_or_week(spec, day)
    if spec.month is not None:
        return cal.month_period(year, spec.month)
    if spec.quarter is not None:
        return cal.quarter_period(year, spec.quarter)
    if spec.week is not None:  # ISO week 53 exists in some years only: raises in the others
        return cal.week_period(dt.date.fromisocalendar(year, spec.week, 1))
    if spec.half is not None:
        return cal.half_period(year, spec.half)
    if spec.season is not None:
        return cal.season_period(year, spec.season, spec.school_term)
    return cal.year_period(year)


_EASTER_NAMES = {-49: "Sunday before Lent", -47: "Shrove Tuesday", -46: "Ash Wednesday", -7: "Palm Sunday", -3: "Maundy Thursday",
                 -2: "Good Friday", -1: "Holy Saturday", 0: "Easter Sunday", 1: "Easter Monday",
                 39: "Ascension Day", 49: "Pentecost", 50: "Whit Monday"}


_LUNISOLAR_NAMES = {"spring_festival": "Spring Festival (lunar New Year's Day)",
                    "spring_festival_eve": "lunar New Year's Eve (the day before the Spring "
                                           "Festival)",
                    "lantern": "Lantern Festival (15th day of the 1st lunar month)",
                    "dragon_boat": "Dragon Boat Festival (5th day of the 5th lunar month)",
                    "mid_autumn": "Mid-Autumn Festival (15th day of the 8th lunar month)",
                    "qingming": "Qingming Festival (Tomb-Sweeping Day, the solar term of early "
                                "April)"}


def _describe(spec: Spec) -> str:
    if spec.next_to_feast is not None:  # "the day before Labor Day", not the weekday it moves to
        return spec.next_to_feast
    if spec.nth is not None and spec.month is not None:  # "Sunday that is the last in October"
        which = "last" if spec.nth == -1 else _ordinal(spec.nth)
        weekday, month = cal.WEEKDAY_NAMES[spec.weekday or 1], cal.MONTH_NAMES[spec.month]
        if spec.day is not None and spec.day > 1 and spec.nth == 1:
            if spec.day == _LONGEST_MONTH[spec.month] - 6:  # Memorial Day: on or after 25 May
                return f"{weekday} that is the last in {month}"
            return f"first {weekday} after {month} {spec.day - 1}"  # Election Day
        return f"{weekday} that is the {which} in {month}"
    if spec.lunisolar is not None:
        return _LUNISOLAR_NAMES.get(spec.lunisolar) or cal.feast_name(spec.lunisolar)
    if spec.easter is not None:
        return _EASTER_NAMES.get(
            spec.easter, f"day {abs(spec.easter)} days {'before' if spec.easter < 0 else 'after'}"
                         " Easter Sunday")
    if spec.month is not None and spec.day is not None:
        return f"{cal.MONTH_NAMES[spec.month]} {spec.day}"
    if spec.month is not None:
        return cal.MONTH_NAMES[spec.month]
    if spec.quarter is not None:
        return f"Q{spec.quarter}"
    if spec.week is not None:
        return f"week {spec.week}"
    if spec.half is not None:
        return f"H{spec.half}"
    if spec.season is not None:
        return cal.SEASON_NAMES[spec.season]
    return "the year"


def _unknown_year_value(spec: Spec) -> str:
    if spec.month is not None and spec.day is not None:
        if spec.nth is not None:  # "Thanksgiving": the year decides the day, and the count
            # from ``day`` may run into the next month ("the day before Labor Day", from Aug. 31)
            start = dt.date(2001, spec.month, min(spec.day, calendar.monthrange(2001, spec.month)[1]))
            if spec.nth < 0:  # "the last Sunday in October": in that month, whatever the year
                return f"XXXX-{spec.month:02d}-XX"
            middle = start + dt.timedelta(days=7 * spec.nth - 4)
            return f"XXXX-{middle.month:02d}-XX"
        return f"XXXX-{spec.month:02d}-{spec.day:02d}"
    if spec.month is not None:
        return f"XXXX-{spec.month:02d}"
    if spec.quarter is not None:
        return f"XXXX-Q{spec.quarter}"
    if spec.week is not None:
        return f"XXXX-W{spec.week:02d}"
    if spec.half is not None:
        return f"XXXX-H{spec.half}"
    return f"XXXX-{spec.season}" if spec.season else "XXXX"


_STORY_DIRECTIONS = (Direction.TENSE, Direction.PAST, Direction.FUTURE)
TENSE_WINDOW_DAYS = 300  # a tense reading further away than this yields to the nearest one
FUTURE_DAY_WINDOW_DAYS = 334  # so far ahead a day told in the future stays ahead
YEAR_RANGE_DAYS = 300  # a range of days of the calendar this long is one of nearly a year
NEXT_MONTHS = 1  # a period starting within this many calendar months on is not one a review of
# the year looks back on: on 31 December, January is about to begin, February is not
HOLIDAY_RUN_UP_DAYS = 31  # a feast this close ahead is the coming one, whatever the tense
HOLIDAY_AFTERMATH_DAYS = 7  # a feast this recently past, told in the present, is the one just gone
FEAST_SPAN_DAYS = 80  # a time told before a feast that long or longer (a season, a year) may hold it
SEASON_AHEAD_DAYS = 60  # "this <season>" told in the past, its next one this far ahead: the last
SEASON_OVER_DAYS = 92  # ... if that one ended within about a season before publication
QUARTER_LONG_OVER_DAYS = 92  # a quarter or half over this long is no longer the one reported on
HALF_NEARLY_OVER_DAYS = 31  # a half with at most this much left may be told of in the past
BY_TENSE_WINDOW_DAYS = 366  # a quarter or a holiday placed by the tense: any time in the year
# a day of the month told ahead after a month at most this far back is of the coming month
FUTURE_DAY_MONTHS_BACK = 2
STORY_DAYS_AFTER = 31  # how far after a day told just before a past day may follow it
AHEAD_SCENE_SENTENCES = 2  # how far a day told ahead may follow a date ahead of publication
# and how far ahead a day told there must be: a story set in a time to come, not a coming day
# ("will release footage at 10 a.m. Thursday from the June 14 shooting" keeps the June 14 gone by)
AHEAD_SCENE_DAYS = 60
END_POINT_GONE_DAYS = 7  # an end ahead ("until Dec. 31") whose last day is this recent is that one


def _story_set_ahead(previous: Anchor, ref_end: dt.datetime, same_sentence: bool = False) -> bool:
    """Whether the date told last sets the story in a time to come: a year written that has not
    begun ("Flights will start in 2020"), or a day well ahead ("will leave on Oct. 31, 2020");
    not a coming day ("at 10 a.m. Thursday"), nor a season read ahead by the tense alone. A
    whole coming year counted from publication does so in its own sentence ("will host next
    year's talks in November", written in December)."""
    period = previous.period
    if period.end - period.start <= _ONE_DAY:
        return period.start >= ref_end + dt.timedelta(days=AHEAD_SCENE_DAYS)
    whole_year = same_sentence and period.start.month == 1 and period.start.day == 1 and \
        period.end.year == period.start.year + 1 and period.end.month == 1 and \
        period.end.day == 1
    return (previous.dated or whole_year) and period.start >= ref_end


def _leap_day_by_tense(candidates: list[Period], tense: Tense,
                       ref_start: dt.datetime) -> Period | None:
    """The 29 February told in the past (the last on or before publication) or ahead (the
    next on or after it); None with no tense to go by."""
    if tense is Tense.PAST:
        return max((p for p in candidates if p.start <= ref_start), key=lambda p: p.start,
                   default=None)
    if tense in (Tense.FUTURE, Tense.PRESENT):
        return min((p for p in candidates if p.start >= ref_start), key=lambda p: p.start,
                   default=None)
    return None


def _told_year_with_weekday(spec: Spec, ctx: Context, ref_start: dt.datetime) -> int | None:
    """The year of the last date the text told, when a day written with its weekday and no
    year ("taken on the night of Sunday 2 April", after "the 1911 census") falls on that weekday
    there and in no year near publication: the weekday tells which year is meant. Not for a day
    told ahead, nor a year that is publication's own."""
    previous = ctx.previous
    if previous is None or ctx.tense is Tense.FUTURE or spec.told_weekday is None:
        return None
    year = previous.period.start.year
    candidate = _candidate(spec, year)
    if year == ref_start.year or candidate is None or candidate.start >= ref_start or \
            candidate.start.isoweekday() != spec.told_weekday:
        return None
    return year


INAUGURATION_NEAR_DAYS = 120  # news this close to a swearing-in speaks of that one, any tense


def _inauguration_year(spec: Spec, ctx: Context, ref: dt.date, name: str) -> tuple[int, str]:
    """The year of a US Inauguration Day (20 January of a year after a leap year): the one
    within a few months of ``ref`` whatever the tense ("the public Inauguration Day" on 21
    January 2013 is 2013's, "planning for Inauguration Day" in November 2024 is 2025's), unless
    told in the past when it is still ahead; further off, told in the past the last one, in the
    future the next, else the nearest (a tie, two years either way, goes to the one ahead)."""
    days = {y: (dt.date(y, spec.month or 1, spec.day or 20) - ref).days
            for y in range(ref.year - 4, ref.year + 5) if y % 4 == 1}
    year = min(days, key=lambda y: (abs(days[y]), days[y] < 0))
    if abs(days[year]) <= INAUGURATION_NEAR_DAYS and not (ctx.tense is Tense.PAST and days[year] > 0):
        return year, f"the {name} of the inauguration year nearest {ref}"
    if ctx.tense is Tense.PAST:
        year = max(y for y, d in days.items() if d <= 0)
        return year, f"past tense: the {name} of the last inauguration year before {ref}"
    if ctx.tense is Tense.FUTURE:
        year = min(y for y, d in days.items() if d >= 0)
        return year, f"future tense: the {name} of the next inauguration year after {ref}"
    return year, f"the {name} of the inauguration year nearest {ref}"


def _timetable_nearer(spec: Spec, this: Period, ref_start: dt.datetime) -> bool:
    """Whether a season told as a timetable from the past ("was scheduled for the spring") that
    was over by publication ended closer to it than the next one begins: that one is meant."""
    if not spec.timetable_told:
        return False
    following = _candidate(spec, this.start.year + 1)
    return following is not None and (ref_start - this.end) < (following.start - ref_start)


def _pick_year(spec: Spec, ctx: Context, ref: dt.date) -> tuple[int, str]:
    """Place a date written without its year relative to the publication date."""
    if spec.granularity in ("week", "week_ended", "weekend") and spec.day is not None:
        # the week (weekend) holding a day is placed by that day, whatever year its Monday
        # falls in: "the week ending Jan. 5", written on 11 January 2013, ends on 5 January 2013
        spec = spec.model_copy(update={"granularity": None})
    # two years back: in February the last winter that has ended began two Decembers before;
    # 29 February comes once in four years, so the leap years either side
    years = range(ref.year - 4, ref.year + 5) if (spec.month, spec.day) == cal.LEAP_DAY else \
        (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)
    if spec.cycle is not None:  # held once in a cycle: the years either side of two cycles
        length = _cycle(spec.cycle).length
        years = range(ref.year - 2 * length, ref.year + 2 * length + 1)
    if spec.quadrennial:  # an Inauguration Day falls only in a year after a leap year, whichever
        # way it is placed ("since Inauguration Day", written in June 2023, is 2021's)
        years = range(ref.year - 4 - (ref.year - 5) % 4, ref.year + 5, 4)
    candidates = [p for y in years if (p := _candidate(spec, y)) is not None]
    ref_start = dt.datetime(ref.year, ref.month, ref.day)
    ref_end = ref_start + dt.timedelta(days=1)
    name = _describe(spec)
    if spec.quadrennial and spec.direction is Direction.TENSE:
        return _inauguration_year(spec, ctx, ref, name)
    if spec.cycle is not None and spec.direction is Direction.TENSE and candidates:
        return _cycle_year(spec, ctx, candidates, ref_start, ref_end)
    if (spec.month, spec.day) == cal.LEAP_DAY and spec.direction is Direction.TENSE:
        leap = _leap_day_by_tense(candidates, ctx.tense, ref_start)
        if leap is not None:  # years apart: the tense, not the nearest, tells which
            side = "before" if leap.start < ref_start else "after"
            return leap.start.year, f"{ctx.tense.value} tense: the {name} of the leap year {side} {ref}"
    if spec.told_weekday is not None and spec.day is not None:
        # "Polls close on Thursday 6 May", written in December 2021: 6 May is a Thursday in 2021
        # only, so that one; a weekday that fits no year near publication, or only one the
        # tense rules out ("died on Friday, May 6", ahead), is a slip and leaves it to the tense
        agreeing = [p for p in candidates if p.start.isoweekday() == spec.told_weekday
                    and abs((p.start - ref_start).days) <= BY_TENSE_WINDOW_DAYS
                    and not (ctx.tense is Tense.PAST and p.start >= ref_end)
                    and not (ctx.tense is Tense.FUTURE and p.end <= ref_start)]
        if len(agreeing) == 1:
            weekday = cal.WEEKDAY_NAMES[spec.told_weekday]
            return agreeing[0].start.year, f"the {name} that falls on a {weekday}"
        told_year = _told_year_with_weekday(spec, ctx, ref_start) if not agreeing else None
        if told_year is not None:
            return told_year, (f"the {name} of {told_year}, the year told before, in which it falls "
                          f"on a {cal.WEEKDAY_NAMES[spec.told_weekday]}")
    direction = spec.direction
    if spec.period_end and spec.month is not None and \
            0 < (ref.month - spec.month) % 12 <= REPORTING_LAG_MONTHS:
        # "analysts expect profit for the three months to June to fall", written in July:
        # figures are reported after their period ends, so the June just gone
        year = ref.year if spec.month < ref.month else ref.year - 1
        return year, f"a period ended in {cal.MONTH_NAMES[spec.month]} {year}, just before {ref}"
    this = _candidate(spec, ref.year) if spec.results_ahead and direction is Direction.TENSE \
        else None
    if this is not None:
        # results still to be reported are of the quarter (half) of the publication year, over
        # or not ("will report results for the third quarter on Aug. 7", written in June), or of
        # last year's if this year's is still to end and last year's ended within the reporting
        # lag ("will report fourth-quarter results", written in February)
        before = _candidate(spec, ref.year - 1)
        if this.end > ref_start and before is not None and \
                (ref_start - before.end).days <= REPORTING_LAG_MONTHS * 31:
            return ref.year - 1, (f"results to come: the {name} of {ref.year - 1} ended "
                                  f"shortly before {ref}")
        return ref.year, f"results to come: the {name} of the publication year {ref.year}"
    if spec.ended_month is not None:  # "its fiscal third quarter, ended April 30": the latest April
        year = ref.year if spec.ended_month <= ref.month else ref.year - 1
        return year, f"the fiscal {name} ended in {cal.MONTH_NAMES[spec.ended_month]} {year}"
    if direction is Direction.TENSE and spec.month is None and not spec.by_tense:
        # quarter, half, season: the publication year; one reported in the past tense that has
        # not begun yet is last year's ("launched in the fall", written in February; a plan in
        # reported speech has its own tense: "said a leader should be in place in the autumn");
        # a future one stays this year's, as results may be reported on ahead ("will report
        # third-quarter results")
        this = _candidate(spec, ref.year)
        if this is not None and ctx.tense is Tense.PAST and this.start >= ref_end:
            return ref.year - 1, (f"past tense: the {name} of {ref.year} had not begun by "
                                  f"{ref}, so the one before")
        if this is not None and ctx.tense is Tense.FUTURE and spec.season is not None and \
                this.end <= ref_start and not _timetable_nearer(spec, this, ref_start):
            # "to be argued in the spring", written in June (not a timetable told from the past
            # whose season is nearer gone than to come: "work was originally scheduled for the
            # spring but was postponed", written in August, is that spring)
            return ref.year + 1, (f"future tense: the {name} of {ref.year} was over by {ref}, "
                                  f"so the one after")
        if this is not None and ctx.tense is Tense.PRESENT and spec.season is not None and \
                _season_after_over(this, ref_start):  # "his contract expires in the summer",
            # written in December: a season told in the present whose next season is over too
            return ref.year + 1, (f"present tense: the {name} of {ref.year} and the season "
                                  f"after it were over by {ref}, so the coming one")
        if this is not None and spec.school_term and ctx.tense is not Tense.PAST and \
                this.end <= ref_start:  # "registration for the spring semester opens Monday",
            # written in October: the term of the publication year is over, so the coming one
            return ref.year + 1, (f"the {name} term of {ref.year} was over by {ref}, so the "
                                  f"coming one")
        if this is not None and ctx.tense is Tense.FUTURE and \
                (spec.quarter is not None or spec.half is not None) and \
                ((ref_start - this.end).days >= QUARTER_LONG_OVER_DAYS or
                 (spec.mod is not None and this.end <= ref_start)):
            # "the deal is expected to close in the first quarter", written in December: a
            # quarter long over is not one still to come, nor one whose results are due; nor
            # is a part of one over ("will close by the end of the second quarter", in September)
            return ref.year + 1, (f"future tense: the {name} of {ref.year} was long over by "
                                  f"{ref}, so the one after")
        if this is not None and ctx.tense is Tense.PAST and spec.half is not None and \
                (this.end - ref_end).days > HALF_NEARLY_OVER_DAYS:
            # "a 31% drop in the first half", written in February; written in late December,
            # "the second half was dominated by ..." looks back on the half now ending
            return ref.year - 1, (f"past tense: the {name} of {ref.year} had not ended by "
                                  f"{ref}, so the one before")
        direction = Direction.THIS
    if direction is Direction.THIS:
        current = [p for p in candidates if p.start < ref_end and ref_start < p.end]
        if spec.season is not None and current and current[0].start.year != ref.year and \
                ref == ctx.dct:  # (a date mentioned before stands for its year: "1941 ... that
            # winter" is the winter of 1941-42)
            # "this winter", written in February: the winter that began in December
            return current[0].start.year, (f"'this' {name}: the one under way on {ref}, "
                                           f"begun in {current[0].start.year}")
        this = _candidate(spec, ref.year)
        if spec.season is not None and not current and ctx.tense is Tense.PAST and \
                ref == ctx.dct and this is not None and \
                (this.start - ref_start).days > SEASON_AHEAD_DAYS:
            # "the population rose this winter", written in April: the winter just over, not
            # the one that begins in December; in May "warned of worse to come this autumn" is
            # the coming autumn, the last one long over
            last = max((p for p in candidates if p.end <= ref_start), key=lambda p: p.end,
                       default=None)
            if last is not None and (ref_start - last.end).days <= SEASON_OVER_DAYS:
                return last.start.year, (f"past tense: 'this' {name} is the one just over, "
                                         f"the {name} of {ref.year} had not begun by {ref}")
        if spec.season is not None and not current and ctx.tense is Tense.FUTURE and \
                ref == ctx.dct and this is not None and \
                (ref_start - this.end).days > SEASON_OVER_DAYS:
            # "taxpayers will file this spring", written in December: the spring of the
            # publication year is long over, so the one still to come (not one just ended:
            # "trustees estimated this spring that reserves will run out", written in July)
            return ref.year + 1, (f"future tense: 'this' {name} is the coming one, the {name} "
                                  f"of {ref.year} was over by {ref}")
        return ref.year, f"'this' {name}: the one in the publication year {ref.year}"
    if direction is Direction.LAST:
        year = max(p.start.year for p in candidates if p.end <= ref_start)
        if spec.years_back:  # "two summers ago": the summer before last
            return year - spec.years_back, (f"counted back {spec.years_back + 1} from the "
                                            f"latest {name} ended before {ref}")
        return year, f"'last' {name}: the latest one ended before {ref}"
    if direction is Direction.NEXT:
        year = min(p.start.year for p in candidates if p.start >= ref_end)
        if spec.said_next and _month_told(spec) == ref.month + 1 and spec.day is None and \
                spec.weekday is None and year == ref.year:
            # "will step down next June", written in late May: the June about to begin is
            # "this June"; "next June" is the one a year on (in December, "next January" is
            # already next year's); so too a season ("next summer", written in May)
            return year + 1, (f"'next' {name}: {name} {year} is about to begin on {ref}, so "
                              f"the one a year on")
        return year, f"'next' {name}: the first one after {ref}"
    tense = ctx.tense if direction is Direction.TENSE else Tense.NONE
    window = BY_TENSE_WINDOW_DAYS if spec.by_tense else TENSE_WINDOW_DAYS
    if tense is Tense.FUTURE and spec.day is not None and spec.month is not None and \
            not spec.told_from_past:
        # "the revival will open on Feb. 24", written in April: a day told ahead with "will" is
        # the coming one even ten months off; only one a month gone may be a stale future
        window = max(window, FUTURE_DAY_WINDOW_DAYS)  # (a holiday keeps its whole year)
    if tense is Tense.FUTURE and spec.timetable_told and spec.day is None and \
            spec.month is not None and direction is Direction.TENSE:
        # a month a timetable told from the past named ("the trial was due to open in April",
        # written in August) may have gone by as well as be ahead: the nearest one
        window = -1
    if direction is Direction.PAST or tense is Tense.PAST:
        best = max((p for p in candidates if p.start < ref_end), key=lambda p: p.start)
        if str(spec.mod) in _PART and cal.narrow(best, spec.mod).start >= ref_end and \
                not (spec.span_end and best.start <= ref_start):
            # "the outbreak began in late March", written on 10 March: that part of this March
            # is still to come, so the one a year before (not the end of a span still running,
            # "suspended the gas tax through the end of September", written on 1 September)
            earlier = max((p for p in candidates if p.start < best.start), key=lambda p: p.start,
                          default=None)
            if earlier is not None:
                return earlier.start.year, (f"past tense, but that part of {name} had not "
                                            f"begun by {ref}: the one a year before")
        if direction is Direction.PAST:
            return best.start.year, f"a past event: the last {name} on or before {ref}"
        coming = min((p for p in candidates if p.start >= ref_end), key=lambda p: p.start,
                     default=None)
        if _is_feast(spec) and coming is not None and \
                (coming.start - ref_start).days <= HOLIDAY_RUN_UP_DAYS:
            # "shoppers packed the stores before Christmas", written on 24 December: a feast
            # only weeks away is the coming one; a year-old one would be "last Christmas"
            return coming.start.year, (f"the {name} only weeks after {ref}: the coming one, "
                                       f"despite the past tense")
        if spec.range_days >= YEAR_RANGE_DAYS and direction is Direction.TENSE:
            # "tax collected between 1 April and 15 March rose", written in May: a range of
            # nearly a year, reported, had ended by publication (not a season's: "the program
            # ran between Oct. 1 and March 31", written in February, may be running still)
            ended = max((p for p in candidates
                         if p.start + dt.timedelta(days=spec.range_days) < ref_end),
                        key=lambda p: p.start, default=None)
            if ended is not None:
                return ended.start.year, (f"past tense: the last {name} opening a range round "
                                          f"most of a year that had ended by {ref}")
        if (ref_start - best.start).days <= window or _years_ago_scene(ctx, best) or \
                _dated_earlier_in_sentence(ctx, best, spec) or (
                    spec.day is not None and _days_after_day_told(ctx, best)) or \
                spec.pluperfect or (
                spec.day is None and spec.month is not None and best.start.year == ref.year
        ) or (
                spec.day is None and _year_in_review(best.start.date(), ref) and
                (coming is None or _months_on(ref, coming.start.date()) > NEXT_MONTHS)):
            # at the turn of the year a month told in the past is of the year ending or just
            # ended, however early in it ("In March, NATO began bombing", in a review written
            # on 31 December; "In March, train bombings in Madrid", written on 2 January);
            # not a month about to begin, which news names ahead whatever the verb
            # ("slashed its prices for February", written on 8 January); a month earlier in
            # the year of publication, told in the past, is that year's however long ago
            # ("a ban took effect in January", written in November)
            return best.start.year, f"past tense: the last {name} on or before {ref}"
    elif direction is Direction.FUTURE or tense is Tense.FUTURE or (
            tense is Tense.PRESENT and (spec.day is not None or spec.end_point)):
        # (a month alone in the present only as the end of what lasts: "runs until August")
        gone = max((p for p in candidates if p.end <= ref_start), key=lambda p: p.end,
                   default=None) if tense is Tense.PRESENT and _is_feast(spec) and \
            direction is not Direction.FUTURE else None
        if gone is not None and (ref_start - gone.end).days < HOLIDAY_AFTERMATH_DAYS:
            # "a green Christmas has ski hills worried", written on 28 December: a feast only
            # days past, told in the present, is the one just gone, not next year's
            return gone.start.year, (f"present tense, the {name} only days before {ref}: "
                                     f"the one just gone")
        running = max((p for p in candidates if p.start < ref_start <=
                       p.start + dt.timedelta(days=spec.range_days)), key=lambda p: p.start,
                      default=None) if spec.range_days and tense is Tense.PRESENT and \
            direction is Direction.TENSE else None
        if running is not None:
            # "the hurricane season, which runs June 1 to Nov. 30", written in November: a
            # range told in the present that had begun and not yet ended is the one running
            return running.start.year, (f"present tense: the {name} opening a range still "
                                        f"running on {ref}")
        best = min((p for p in candidates if p.end > ref_start), key=lambda p: p.start)
        over = ""
        if cal.narrow(best, spec.mod).end <= ref_start:
            # "sales are set for mid-March", written on 27 March: that part of this March is
            # over, so the next one
            best = min((p for p in candidates if p.start > best.start), key=lambda p: p.start,
                       default=best)
            over = f" whose {_PART[str(spec.mod)]} part is still to come"
        if spec.end_point and not over:
            # "a transition period runs until Dec. 31", written in January: the coming one,
            # however far ahead; not one only days past ("would return the boy by Jan. 14",
            # written on 15 January, reports a plan made before it)
            last = max((p for p in candidates if p.end <= ref_start), key=lambda p: p.end,
                       default=None)
            if last is None or (ref_start - last.start).days > END_POINT_GONE_DAYS:
                window = BY_TENSE_WINDOW_DAYS
        if over or (best.start - ref_start).days <= window or (
                tense is Tense.FUTURE and spec.day is None and spec.month is not None and
                best.start.year == ref.year):
            # a month later in the year of publication, told in the future, is that year's
            # however far off ("the show will close in December", written in January; a
            # present "is set for" may be a schedule told of the month just gone)
            reading = "future tense" if tense is not Tense.PRESENT else \
                "present tense (a schedule)"
            return best.start.year, f"{reading}: the next {name}{over} on or after {ref}"
    if ctx.previous is not None and (tense is Tense.FUTURE or (
            tense is Tense.PRESENT and spec.day is not None and
            ctx.previous.period.end - ctx.previous.period.start <= _ONE_DAY)) and \
            _story_set_ahead(ctx.previous, ref_end,
                             ctx.sentence_index == ctx.previous.sentence_index) and \
            ctx.sentence_index - ctx.previous.sentence_index <= AHEAD_SCENE_SENTENCES:
        # "the first flights will leave on Oct. 31, 2020 ... the old terminal will close on
        # Nov. 8", written in December 2019: a day told ahead right after a date already ahead
        # of publication is not one gone by, but the first one after that date; so is a day in a
        # timetable's present after a day ahead ("the relay begins on Oct. 30 and ends on
        # Feb. 12", written in April; not after a year: "fiscal 2025, which begins Feb. 1")
        after = min((p for p in candidates if p.end > ctx.previous.period.start),
                    key=lambda p: p.start, default=None)
        if after is not None:
            return after.start.year, (f"{tense.value} tense, after a date ahead of {ref}: the "
                                      f"next {name} on or after it")
    if tense is Tense.PRESENT and _is_feast(spec) and ctx.previous is not None and \
            ctx.sentence_index == ctx.previous.sentence_index:
        # "the district's calendar for 2025 closes schools for Diwali", "the draft calendar for
        # next autumn closes schools for Yom Kippur": a feast told in the present after a year
        # or a season its sentence names is the one within it, not the one nearest publication
        told = ctx.previous.period
        within = [p for p in candidates if told.start <= p.start and p.end <= told.end]
        if len(within) == 1 and (told.end - told.start).days >= FEAST_SPAN_DAYS:
            return within[0].start.year, f"present tense: the {name} within the time told before"
    nearest = min(candidates, key=lambda p: abs((p.start - ref_start).days))
    return nearest.start.year, f"the {name} nearest to the publication date {ref}"


def _years_ago_scene(ctx: Context, best: Period) -> bool:
    """Whether a day told in the past, in the sentence after "A year ago," opened the one before
    it, is of that year, however nearly a year back: "A year ago, families were taping their
    windows. Sandy came ashore on the evening of Oct. 29", written on 28 October."""
    previous = ctx.previous
    return previous is not None and previous.ago and previous.day is not None and \
        ctx.sentence_index - previous.sentence_index == 1 and \
        previous.period.start.year == best.start.year


def _days_after_day_told(ctx: Context, best: Period) -> bool:
    """Whether a day told in the past follows, within weeks, a day of that same year the text
    told just before, in its sentence or the one before it: "On March 16 last year, Cypriots
    woke to a levy on deposits. Banks stayed shut, and when they reopened on March 28 ...",
    written on 16 March 2014, is 28 March 2013, not the March 28 ahead."""
    previous = ctx.previous
    return previous is not None and not (previous.ago or previous.since or
                                         previous.names_thing) and \
        0 <= ctx.sentence_index - previous.sentence_index <= 1 and \
        previous.period.end - previous.period.start <= _ONE_DAY and \
        previous.period.start.year == best.start.year and previous.period.end <= best.start and \
        (best.start - previous.period.start).days <= STORY_DAYS_AFTER


def _dated_earlier_in_sentence(ctx: Context, best: Period, spec: Spec) -> bool:
    """Whether a date told in the past comes after a month or day of its year, written with
    that year, earlier in its sentence: "the count began in January 2020 ... and ended on
    Oct. 15", written in August 2021, is October 2020, not the October ahead (a bare year is
    often one compared with, "up from 2020", and does not count); so too a month alone in the
    sentence right after it, going on with the story ("she was referred in March 2021. She did
    not see a consultant until November", written in September 2022, is November 2021; not a
    day, often a schedule: "since it began in April 2024. It declared a dividend, payable
    Oct. 15", written in September 2025)."""
    previous = ctx.previous
    told_after = ctx.sentence_index - previous.sentence_index if previous is not None else -1
    return previous is not None and previous.dated and (
        told_after == 0 or (told_after == 1 and spec.day is None and spec.weekday is None and
                            spec.month is not None)) and \
        FINENESS[previous.period.granularity] >= FINENESS[Granularity.MONTH] and \
        previous.period.start.year == best.start.year and previous.period.end <= best.start


def _season_after_over(season: Period, ref_start: dt.datetime) -> bool:
    """Whether the season following ``season`` had ended by ``ref_start``."""
    year, month = cal.add_months(season.end.year, season.end.month, 3)
    return dt.datetime(year, month, 1) <= ref_start


def _months_on(ref: dt.date, start: dt.date) -> int:
    """How many calendar months after the month of ``ref`` ``start`` falls."""
    return (start.year - ref.year) * 12 + start.month - ref.month


def _year_in_review(start: dt.date, ref: dt.date) -> bool:
    """Whether ``start`` is in the year a text written on ``ref`` looks back on: the year
    ending, in December, or the one just ended, in January."""
    return (ref.month == 12 and start.year == ref.year) or \
        (ref.month == 1 and start.year == ref.year - 1)


def _is_feast(spec: Spec) -> bool:
    """A named day that recurs each year (Christmas, Easter, Thanksgiving), not a month or
    quarter placed by the tense."""
    return spec.by_tense and (spec.day is not None or spec.easter is not None
                              or spec.lunisolar is not None)


REPORTING_LAG_MONTHS = 3  # figures for a period come out within this many months of its end
SHORT_YEAR_AHEAD = 10  # a two-digit year names the future only this close ahead ("by '30")


def _century_nearest(two_digits: int, reference: int) -> int:
    """The latest year ending in ``two_digits`` at most ``SHORT_YEAR_AHEAD`` years after
    ``reference``: writers look back with two digits ('23 in 2023 is 2023, '98 in 2001 is 1998,
    the summer of '69 in 2023 is 1969, '46 in 2000 is 1946), forward only a little ('30 in 2023
    is 2030)."""
    base = reference - reference % 100 + two_digits
    return max(y for y in (base - 100, base, base + 100) if y <= reference + SHORT_YEAR_AHEAD)


def _before_christ(spec: Spec) -> Resolution:
    """A year or century before Christ: its TIMEX3 value as written ("BC0044", "BC04" for the
    5th century BC) and granularity, but no interval: the calendar, and so the timeline's
    axis, starts at year 1."""
    if spec.year is not None:
        value, granularity, words = f"BC{spec.year:04d}", Granularity.YEAR, f"{spec.year} BC"
        if spec.month is not None:  # "15 March 44 BC"
            value, granularity = f"{value}-{spec.month:02d}", Granularity.MONTH
            words = f"{cal.MONTH_NAMES[spec.month]} {words}"
            if spec.day is not None:
                value, granularity = f"{value}-{spec.day:02d}", Granularity.DAY
                words = f"{spec.day} {words}"
        elif spec.season is not None:
            value, granularity = f"{value}-{spec.season}", Granularity.SEASON
            words = f"{cal.SEASON_NAMES[spec.season]} {words}"
    else:
        century = spec.century or 0
        value, granularity = f"BC{century:02d}", Granularity.CENTURY
        words = f"the {_ordinal(century + 1)} century BC"
    return Resolution(value, None, f"unresolvable on the timeline: {words} is before year 1 "
                      "and cannot be placed on the timeline's axis; kept as written",
                      granularity=granularity)


_SCHOOL_TERMS = ("SP", "FA")  # the terms of a school year, in calendar order


def _school_semester(spec: Spec, ctx: Context) -> Resolution:
    """'last semester', 'next semester', 'this semester': the school's term before, after or
    under way at publication (between terms, in the summer, the coming one is 'this')."""
    if ctx.dct is None:
        return Resolution("XXXX", None, f"a semester of an unknown year; {NO_DCT}")
    ref = dt.datetime(ctx.dct.year, ctx.dct.month, ctx.dct.day)
    terms = [cal.season_period(year, season, school_term=True)
             for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
             for season in _SCHOOL_TERMS]
    this = next(i for i, term in enumerate(terms) if ref < term.end)
    under_way = terms[this].start <= ref
    step = {Direction.LAST: -1, Direction.NEXT: 1}.get(spec.direction, 0)
    term = terms[this + step]
    season = cal.SEASON_NAMES[term.value[-2:]]
    where = "under way" if under_way else "the coming one, between terms"
    return Resolution(term.value, term, f"the {season} semester of {term.start.year}: the "
                      f"school term {'before' if step < 0 else 'after' if step else 'of'} the "
                      f"one at {ctx.dct} ({where})", "dct")


TURN_AFTER_YEARS = 10  # a date this soon after a century's turn is told "at the turn" of it


def _century_turn(ctx: Context) -> Resolution:
    """"The turn of the century": after a date told a few sentences before, from an older
    century than publication's turn, the turn after it ("from the 1840s to the turn of the
    century" is 1900), or just before it ("in 1905, at the turn of the century" is 1900);
    else the turn nearest publication (written in 1989, the coming 2000)."""
    if ctx.dct is not None:
        year = (ctx.dct.year + 50) // 100 * 100
        why = f"the turn of the century nearest the publication date {ctx.dct}"
    else:
        year, why = None, ""
    told = ctx.previous
    if told is not None and ctx.sentence_index - told.sentence_index <= ANCHOR_SENTENCES and \
            (year is None or told.period.start.year <= year - TURN_AFTER_YEARS):
        start = told.period.start.year
        year = (start + 99) // 100 * 100
        if start - (year - 100) <= TURN_AFTER_YEARS:
            year -= 100
        why = f"the turn of the century nearest after the date told before ({told.period.value})"
        period = cal.year_period(year)
        return Resolution(period.value, period, why, told.expression_id)
    if year is None:
        return Resolution("XXXX", None, f"the turn of a century; {NO_DCT}")
    period = cal.year_period(year)
    return Resolution(period.value, period, why, "dct")


def _resolve_date(spec: Spec, ctx: Context) -> Resolution:
    if spec.school_term and spec.season is None:
        return _school_semester(spec, ctx)
    if spec.every_year:
        return Resolution(_unknown_year_value(spec), None, f"{_describe(spec)} of any year: "
                          "its sentence tells what happens as a rule (usually, every ...)")
    if spec.indefinite and spec.year is None:  # "one summer": some summer, no year to place
        return Resolution(_unknown_year_value(spec), None,
                          f"a {_describe(spec)}, not a particular one: no year to place")
    if spec.bc:
        return _before_christ(spec)
    if spec.century_turn:
        return _century_turn(ctx)
    if spec.century is not None and spec.year is None and spec.decade is None:
        period = cal.century_period(spec.century)
        return Resolution(period.value, period,
                          f"the {_ordinal(spec.century + 1)} century, as written")
    if spec.decade is not None and spec.year is None:
        period = cal.decade_period(spec.decade)
        return Resolution(period.value, period, f"the {spec.decade}0s, as written")
    if spec.year is not None and spec.granularity == "quarter" and spec.anchor == "previous":
        anchor = usable_anchor(spec, ctx)  # "the 1988 quarter" after "the third quarter"
        if anchor is not None:
            start = anchor.period.start
            period = cal.quarter_period(spec.year, (start.month - 1) // 3 + 1)
            return Resolution(period.value, period, f"the quarter mentioned before "
                              f"({anchor.period.value}), in {spec.year}", anchor.expression_id)
    if spec.year is not None and spec.granularity == "month" and spec.anchor == "previous":
        anchor = usable_anchor(spec, ctx)  # "the same month in 1995" after "in October"
        if anchor is not None:
            period = cal.month_period(spec.year, anchor.period.start.month)
            return Resolution(period.value, period, f"the month mentioned before "
                              f"({anchor.period.value}), in {spec.year}", anchor.expression_id)
    if spec.year is not None and spec.short_year and ctx.dct is not None:
        year = _century_nearest(spec.year % 100, ctx.dct.year)
        return _with_time(spec, _period_for(spec, year), f"a two-digit year: {year}, the latest so "
                          f"written up to {SHORT_YEAR_AHEAD} years after the publication date "
                          f"{ctx.dct}", "dct")
    if spec.zodiac is not None:  # "the first day of the Year of the Snake": in that animal's
        # year nearest publication
        if ctx.dct is None:
            return Resolution(_unknown_year_value(spec), None,
                              "a year of the Chinese zodiac: no publication date to place it")
        year = ctx.dct.year + (spec.zodiac - (ctx.dct.year - 4)) % 12
        year -= 12 if year - ctx.dct.year > 6 else 0
        return _with_time(spec, _period_for(spec, year), f"the year of the zodiac animal nearest "
                          f"the publication date {ctx.dct}: {year}", "dct")
    if spec.year is not None:
        return _with_time(spec, _period_for(spec, spec.year), spec.note or "date written in full",
                          "")
    if ctx.before_christ is not None and ctx.tense in (Tense.PAST, Tense.NONE) and \
            usable_anchor(spec, ctx) is None:
        in_year = _in_year_before_christ(spec, ctx.before_christ)
        if in_year is not None:
            return in_year
    if spec.unit is Unit.YEAR and spec.offset is not None:
        return _date_in_relative_year(spec, ctx)
    if spec.day is not None and spec.month is None:
        return _day_of_month(spec, ctx)
    if spec.anchor == "previous":
        anchor = usable_anchor(spec, ctx)
        if anchor is not None:
            return _from_anchor(spec, ctx, anchor)
    joined = _joined_to(spec, ctx)
    if joined is not None:
        year = joined.period.start.year + (spec.month is not None and
                                           spec.month < joined.period.start.month)
        return _with_time(spec, _period_for(spec, year), f"{_describe(spec)} joined to the "
                          f"date told right before it ({joined.period.value}): {year}",
                          joined.expression_id)
    # a season set against a date ("in the spring of 2018, not the fall") is in its year too
    finest = Granularity.MONTH if spec.season is None else Granularity.SEASON
    contrasted = _contrasted(spec, ctx, finest)
    if contrasted is not None and (spec.month is not None or spec.season is not None):
        year = contrasted.period.start.year
        return _with_time(spec, _period_for(spec, year), f"{_describe(spec)} set against the "
                          f"date just told ({contrasted.period.value}), in its year",
                          contrasted.expression_id)
    if spec.framed_year is not None:
        why = "the entries of its list run in order from the one nearest the publication " \
            "date" if spec.list_entry else "the year told before it in its sentence or list"
        return _with_time(spec, _period_for(spec, spec.framed_year), f"{_describe(spec)} in "
                          f"{spec.framed_year}, {why}", "")
    if spec.framed_years_on is not None and ctx.dct is not None and \
            not (spec.framed_in_sentence and spec.framed_years_on < 0 and
                 ctx.tense in (Tense.FUTURE, Tense.PRESENT)):
        # a year gone by frames what was done in it, not what is still ahead or in force:
        # "Last year's budget deal expires Sept. 30" is the coming September
        year = ctx.dct.year + spec.framed_years_on
        return _with_time(spec, _period_for(spec, year), f"{_describe(spec)} in {year}, the "
                          "year its sentence or entry opens with, counted from publication", "")
    story = story_year(spec, ctx.previous, ctx.dct, ctx.tense, ctx.sentence_index,
                       ctx.history) or month_told_before(
                           spec, ctx.previous, ctx.earlier, ctx.dct, ctx.tense, ctx.sentence_index)
    if story is not None:
        return _in_story_year(spec, story, ctx.sentence_index)
    if ctx.dct is None:
        value = _unknown_year_value(spec)
        return Resolution(value, None, f"{_describe(spec)} of an unknown year; {NO_DCT}")
    sentence_year = _sentence_year(spec, ctx)
    if sentence_year is not None:
        year = sentence_year.period.start.year
        return _with_time(spec, _period_for(spec, year), f"the {_describe(spec)} of the year "
                          f"just named ({year})", sentence_year.expression_id)
    year, why = _pick_year(spec, ctx, ctx.dct)
    return _with_time(spec, _period_for(spec, year), why, "dct")


_SAID_FROM_NOW = frozenset({Direction.THIS, Direction.LAST, Direction.NEXT})


def _contrasted(spec: Spec, ctx: Context, finest: Granularity) -> Anchor | None:
    """The date a date is set against ("July 3, 2019, not Jan. 3"), when told in its sentence
    to ``finest`` or finer; one said with "this", "last" or "next" ("in November 2022, not this
    November") keeps to the publication date."""
    previous = ctx.previous
    if not spec.contrast or spec.direction in _SAID_FROM_NOW or previous is None or previous.sentence_index != ctx.sentence_index \
            or FINENESS[previous.period.granularity] < FINENESS[finest]:
        return None
    return previous


def _joined_to(spec: Spec, ctx: Context) -> Anchor | None:
    """The month or the day a month is joined to ("in September and October", "on Jan. 9, 2021,
    then again in May"), when told right before it in its sentence."""
    previous = ctx.previous
    if not spec.joined or previous is None or previous.sentence_index != ctx.sentence_index or \
            previous.period.granularity not in (Granularity.MONTH, Granularity.DAY):
        return None
    return previous


def _sentence_year(spec: Spec, ctx: Context) -> Anchor | None:
    """A quarter or half told without its year right after a coming year in the same sentence
    is in that year: "in early 2011, with other countries following in the second quarter"
    (written in 2010). A past year just named is often one compared with ("up from 1988"), so
    only a plan told ahead counts; and a quarter told in the past is not in it ("may seek a
    rate increase next year, after costs rose in the third quarter" is this year's)."""
    previous = ctx.previous
    if (spec.quarter is None and spec.half is None) or spec.direction is not Direction.TENSE \
            or ctx.tense is Tense.PAST or previous is None or previous.sentence_index != ctx.sentence_index \
            or previous.period.granularity is not Granularity.YEAR or ctx.dct is None \
            or previous.period.start.year <= ctx.dct.year:
        return None
    return previous


STORY_ROLLOVER_MONTHS = 3  # how far past New Year a day told after a scene may carry it
STORY_BEHIND_MONTHS = 2  # how far before a day a yearless day stays in its year
STORY_GAP_YEARS = 10  # a scene a decade or more before publication is not "near publication"


def story_year(spec: Spec, previous: Anchor | None, dct: dt.date | None,
               tense: Tense = Tense.NONE, sentence_index: int | None = None,
               history: bool = False) -> Anchor | None:
    """The date that sets the year of a date written without one in a text with no
    publication date: a history is told in the years it names, so "On 22 June 1941 ... In
    December" is December 1941. It is the last date mentioned, if it names a year.

    With a publication date, news usage wins (see ``_pick_year``): articles move between
    background years and the days around publication, and an undated "Feb. 10" or
    "December" is nearly always near publication. Except in a scene told in the past right
    after a season, month or day a decade or more before publication (same or next
    sentence): "In the summer of 1976 ... That was on June 26" is June 26, 1976, and "On May
    7, 1945 ... until Japan surrendered in August" is August 1945, as a flashback keeps its
    year (a bare background year, "since 1987 ... on Sept. 29", does not set a scene, unless
    two dates were told and none within a decade of publication: a history told in its own
    years, "The war began in 1914. In 1916 the army regrouped. On 6 December it attacked",
    published in 2015, or the year's part is told: "In mid-1943 ... On 8 September"; within
    its sentence a year is background still: "has governed since 1999, won the vote on 7
    October", but its part sets the scene: "in early 1932, but not until 28 January").
    """
    if previous is None or spec.kind is not SpecKind.DATE or spec.since_now \
            or spec.year is not None or spec.unit is not None \
            or spec.direction not in _STORY_DIRECTIONS:
        return None
    if FINENESS[previous.period.granularity] < FINENESS[Granularity.YEAR]:
        return None
    month = _month_told(spec)
    if month is None and (spec.lunisolar is not None or spec.easter is not None):
        # a moving feast, in the month it fell in that year: "Oct. 6, 1973, Yom Kippur"; none
        # where its table has no such year ("a pharmacy degree in 1942 ... closed on Yom Kippur")
        fell = _candidate(spec, previous.period.start.year)
        month = fell.start.month if fell is not None else None
    # a day heading a diary's entry is told in the past of the year the text names before it:
    # "The surgeon's journal for 1847 is blunt. \"Oct. 12th. \u2014 Rain again.\"" is 1847's
    entry = spec.journal_entry
    # a plan told of an old scene is the scene's future, not the reader's: "signed in March
    # 1957 and would take effect on Jan. 1" is Jan. 1, 1958 (not after a bare year: "by 1970"
    # is a target, not a scene; nor with "will": "In the summer of 1976 ... The next meet will
    # be on Sept. 3" is the writer's own)
    ahead = spec.told_from_past and not spec.said_near_publication and \
        tense in (Tense.FUTURE, Tense.NONE) and dct is not None and \
        previous.period.granularity is not Granularity.YEAR and \
        _last_year(previous.period) <= dct.year - STORY_GAP_YEARS
    # a day with no tense of its own in the sentence of an old scene, soon after it, is in the
    # scene: "On March 7, 1965 ... Two weeks later, the marchers set out again, arriving on
    # March 25" is March 25, 1965
    untensed = tense is Tense.NONE and dct is not None and sentence_index is not None and \
        sentence_index == previous.sentence_index and spec.day is not None and \
        previous.period.granularity in _SCENE_TOLD and \
        _last_year(previous.period) <= dct.year - STORY_GAP_YEARS and \
        _told_soon_after(spec, previous.period)
    if dct is not None and (
            (tense is not Tense.PAST and not entry and not ahead and not untensed) or month is None
            or sentence_index is None
            or (previous.period.granularity is Granularity.YEAR and
                (not (history or entry or previous.part or spec.narrated)
                 or (sentence_index == previous.sentence_index and not previous.part)))
            or (sentence_index - previous.sentence_index > _scene_sentences(previous, dct)
                and not spec.narrated)
            or (_last_year(previous.period) > dct.year - STORY_GAP_YEARS
                and previous.spans_years)  # "bought them from Oct. 1, 2009, through June 30,
            # 2015 ... Objections were due Aug. 31": a recent period over years, no scene
            or (_last_year(previous.period) > dct.year - STORY_GAP_YEARS
                and not _day_of_month_told(spec, previous.period, dct)
                and (previous.since or not _soon_after_scene(
                    spec, previous.period, dct,
                    previous.dated or sentence_index == previous.sentence_index)))):
        return None
    if dct is not None and month is not None and not ahead and \
            _last_month_told(spec, month) < previous.period.start.month and \
            not ((spec.pluperfect or spec.since) and previous.dated) and \
            not _after_new_year(spec, previous.period) and \
            not _day_just_before(spec, previous, sentence_index) and \
            (spec.month is None or
             month + 12 - previous.period.start.month > STORY_ROLLOVER_MONTHS):
        # a month or a day goes into the scene's next year only just across New Year ("Dec. 30,
        # 1976 ... on Jan. 2", "16 December 1944 ... by late January"): "founded in April 1949
        # ... began on March 24" and "the Dec. 21, 1988, bombing ... agreed in April" are news;
        # a season alone goes on in the scene's year ("21 February 1916 ... in the summer"),
        # but a scene in a winter runs on into the spring after its New Year ("the winter of
        # 1980-81 ... By spring")
        return None
    return previous


MONTH_TOLD_SENTENCES = 2  # how many sentences back a month named with its year still frames a day


def month_told_before(spec: Spec, previous: Anchor | None, earlier: tuple[Anchor, ...],
                      dct: dt.date | None, tense: Tense, sentence_index: int) -> Anchor | None:
    """The month named with its year, a year before publication's or earlier, that a day of it
    told in the past a sentence or two on falls in, though another date came between: "the
    fire that burned for nine days in March 2019. The company pleaded guilty last fall. ...
    alarms were ignored before the first tank caught fire on the morning of March 17" is March
    17, 2019 (the month told just before is left to ``story_year``). Not in the month of
    publication, whose days are news, nor past a day told of that month since."""
    if dct is None or tense is not Tense.PAST or spec.kind is not SpecKind.DATE or \
            spec.day is None or spec.month is None or spec.year is not None or \
            spec.month == dct.month or spec.unit is not None or spec.since_now or \
            spec.direction not in _STORY_DIRECTIONS:
        return None
    if previous is None:
        return None
    for anchor in (previous, *earlier):
        if sentence_index - anchor.sentence_index > MONTH_TOLD_SENTENCES:
            return None
        start = anchor.period.start
        if start.month == spec.month and \
                FINENESS[anchor.period.granularity] >= FINENESS[Granularity.MONTH]:
            if anchor is not previous and anchor.period.granularity is Granularity.MONTH and \
                    anchor.dated and start.year < dct.year:
                return anchor
            return None  # a day of that month told since: the story has moved to it
    return None


def _scene_sentences(scene: Anchor, dct: dt.date | None) -> int:
    """How many sentences on a date written without its year may still be in the scene told
    before it: the next one, or the one after that after a day dated with its year a decade or
    more before publication ("set out from Kathmandu on March 3, 1988. The first weeks were
    spent ferrying loads. On May 5, climbers crossed paths" is May 5, 1988)."""
    return 2 if dct is not None and scene.dated and \
        FINENESS[scene.period.granularity] >= FINENESS[Granularity.DAY] and \
        _last_year(scene.period) <= dct.year - STORY_GAP_YEARS else 1


def _last_month_told(spec: Spec, month: int) -> int:
    """The last month a date without its year names: a season's last ("the summer" after a
    day in July 1789 is that summer, which the day falls in)."""
    return month if spec.month is not None or (spec.season is None and spec.quarter is None) \
        else month + 2


def _month_told(spec: Spec) -> int | None:
    """The month a date without its year names, or the first month of its season or quarter
    ("Lehman filed on Sept. 15, 2008 ... by the fourth quarter" is 2008's fourth quarter)."""
    if spec.month is None and spec.season is None and spec.quarter is not None:
        return spec.quarter * 3 - 2
    if spec.month is not None or spec.season is None or spec.school_term:
        return spec.month
    return cal.SEASON_START[spec.season]


def _day_of_month_told(spec: Spec, month: Period, dct: dt.date) -> bool:
    """A day in the month just named with its year, a year before publication's or earlier:
    "killed in August 2012 ... decisions taken on the morning of 16 August" is that August's
    16th, however recent; but not in the month of publication, whose days are news ("the
    August 1988 cease-fire ... the invasion of Kuwait on Aug. 2", told in August 1990)."""
    return month.granularity is Granularity.MONTH and spec.day is not None and \
        spec.month == month.start.month and month.start.year < dct.year and \
        spec.month != dct.month


_SCENE_DAYS = 92  # how long after a day told with its year a yearless day may follow it
# what a scene may be told in, with its year: "on April 20, 2010", "in March 2020", "the summer of
# 2021", "at 04:17 on 6 February 2021", a part of a day counted from one ("on Sept. 4, 2016,
# and preorders opened the next morning"), or a week counted from one ("on 10 April 2022 and
# two weeks later")
_DAY_AFTER_DAY_SCENE_DAYS = 183  # a day after a day: "premiered on 19 May 2016 ... released
# on 7 September" runs on in that year, as a release history does
_SCENE_TOLD = frozenset({Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.SEASON,
                         Granularity.PART_OF_DAY, Granularity.HOUR, Granularity.MINUTE,
                         Granularity.SECOND})


def _soon_after_scene(spec: Spec, scene: Period, dct: dt.date, last_year: bool) -> bool:
    """A month or a day of one soon after a day, a month or a season named with its year, two
    years before publication's or earlier: "the well blew out on April 20, 2010 ... capped on
    July 15" is that July's 15th and "in the summer of 2021 ... By mid-September" that
    September, however recent, and one just across New Year follows it too ("began on
    1 December 2021 ... a deal on 26 February" is February 2022). A scene of last year counts
    when ``last_year``: its year is written ("struck on 6 February 2021 ... on 9 February",
    told in 2022) or it is told in the same sentence ("the first round on 10 April 2022 and
    the runoff on 24 April", told in 2023), not a day counted from publication in an earlier
    sentence ("Last year, the monsoon arrived on May 29. It came on June 8 in 2017"). Never in
    the month of publication, whose days are news."""
    if scene.granularity not in _SCENE_TOLD or spec.month is None or \
            scene.start.year >= dct.year - 1 + last_year or spec.month == dct.month:
        return False
    return _told_soon_after(spec, scene)


def _told_soon_after(spec: Spec, scene: Period) -> bool:
    """Whether a day without its year, in the scene's year (or just across New Year), falls
    soon after the scene."""
    if spec.month is None:
        return False
    year = scene.start.year + (spec.month < scene.start.month)
    try:
        told = dt.date(year, spec.month, spec.day or 1)
    except ValueError:
        return False
    return scene.start.date() < told and (told - scene.end.date()).days < _scene_days(spec, scene)


def _scene_days(spec: Spec, scene: Period) -> int:
    """How long after a scene a yearless date may follow it: longer for a day after a day."""
    day_after_day = spec.day is not None and scene.granularity is Granularity.DAY
    return _DAY_AFTER_DAY_SCENE_DAYS if day_after_day else _SCENE_DAYS


def _last_year(period: Period) -> int:
    """The year of the last moment of a period (its end is exclusive)."""
    end = period.end
    return end.year - 1 if end == dt.datetime(end.year, 1, 1) else end.year


_MONTH_WORDS = {0: "'inst.': this month", -1: "'ult.': last month", 1: "'prox.': next month"}
_REL_MONTH = {0: "this", -1: "last", 1: "next"}


def _day_of_month(spec: Spec, ctx: Context) -> Resolution:
    """"Friday 2nd", "the 15th": that day of the month the story is in (of the next month when
    the story's day is past it); "the 27th ult.": of the month before publication."""
    day, name = spec.day or 1, _ordinal(spec.day or 1)
    if spec.month_offset is not None:
        if ctx.dct is None:
            return Resolution(f"XXXX-XX-{day:02d}{_time_suffix(spec)}", None, f"the {name} of "
                              f"{_MONTH_WORDS[spec.month_offset]}; {NO_DCT}")
        year, month = cal.add_months(ctx.dct.year, ctx.dct.month, spec.month_offset)
        if spec.nth is not None and spec.weekday is not None:  # "the first Tuesday of next month"
            which = "last" if spec.nth == -1 else _ordinal(spec.nth)
            words = f"the {which} {cal.WEEKDAY_NAMES[spec.weekday]} of"
            return _with_time(spec, _period_for(spec.model_copy(update={"month": month}), year),
                              f"{words} {_REL_MONTH[spec.month_offset]} month (publication {ctx.dct})",
                              "dct")
        return _with_time(spec, cal.day_period(dt.date(year, month, day)),
                          f"the {name} of {_MONTH_WORDS[spec.month_offset]} "
                          f"(publication {ctx.dct})", "dct")
    if spec.nth is not None and spec.weekday is not None:
        return _nth_weekday_of_story_month(spec, ctx)
    anchor = usable_anchor(spec, ctx)
    ref: dt.date
    if anchor is None:
        if ctx.dct is None:
            return Resolution(f"XXXX-XX-{day:02d}{_time_suffix(spec)}", None,
                              f"the {name} of an unknown month; {NO_DCT}")
        ref, words, anchor_id = ctx.dct, f"publication ({ctx.dct})", "dct"
    else:
        ref, words = anchor.period.start.date(), f"the date mentioned before ({anchor.period.value})"
        anchor_id = anchor.expression_id
    year, month = ref.year, ref.month
    # a story moves forward: "January 30th ... Sun. 2nd" is 2 February; but "held on Sept. 26
    # ... entries close on the 25th" is the day before, nearer than 25 October
    later = anchor is not None and anchor.period.granularity is not Granularity.MONTH and \
        day < ref.day and _sooner_next_month(ref, day)
    if later or (anchor is None and ctx.tense is Tense.FUTURE and day < ref.day):
        year, month = cal.add_months(year, month, 1)
        words = f"the month after {words}"
    elif anchor is None and day > ref.day and ctx.tense not in (Tense.FUTURE, Tense.PRESENT):
        # "on the 18th", reported: already past; told in the present ("on the 30th the
        # gallery hosts a party") it is a timetable of the month the story is in
        year, month = cal.add_months(year, month, -1)
        words = f"the month before {words}"
    else:
        words = f"the month of {words}"
    if anchor is not None and ctx.dct is not None and ctx.tense is Tense.FUTURE and \
            spec.weekday is None and (year, month, day) < (ctx.dct.year, ctx.dct.month, ctx.dct.day) \
            and (ctx.dct.year - year) * 12 + ctx.dct.month - month <= FUTURE_DAY_MONTHS_BACK:
        # "was suspended on March 9 ... will hold a convention on the 15th" (published 10 April):
        # what is still to come lies after publication, so the 15th is of the month it comes next
        # (a month told long before is another story's: "Last November ... until the 24th")
        year, month, words = ctx.dct.year, ctx.dct.month, f"the month of publication ({ctx.dct})"
        if day < ctx.dct.day:
            year, month = cal.add_months(year, month, 1)
            words = f"the month after publication ({ctx.dct})"
        words, anchor_id = f"{words}, told in the future tense", "dct"
    if spec.weekday is not None and not _is_weekday(year, month, day, spec.weekday):
        # "Friday, the 12th": the nearest month (in the tense's direction) whose 12th is a Friday;
        # told in the future, counted from publication rather than from a month gone by ("was
        # ordered on 23 March 2020 ... will give evidence on Tuesday 24th", told in January 2023)
        if ctx.tense is Tense.FUTURE and ctx.dct is not None and \
                (year, month) < (ctx.dct.year, ctx.dct.month):
            year, month, anchor_id = ctx.dct.year, ctx.dct.month, "dct"
            if day < ctx.dct.day:
                year, month = cal.add_months(year, month, 1)
        found = (year, month) if _is_weekday(year, month, day, spec.weekday) else \
            _month_with_weekday(year, month, day, spec.weekday, ctx.tense)
        if found is not None:
            year, month = found
            words = f"the nearest month in which it is a {cal.WEEKDAY_NAMES[spec.weekday]}"
    return _with_time(spec, cal.day_period(dt.date(year, month, day)), f"the {name} of {words}",
                      anchor_id)


def _nth_weekday_of_story_month(spec: Spec, ctx: Context) -> Resolution:
    """"the last Sunday of the month": of the month the story is in, else of publication's month
    (the month before when told in the past and still to come, the month after when told ahead
    and already over)."""
    which = "last" if spec.nth == -1 else _ordinal(spec.nth or 1)
    words = f"the {which} {cal.WEEKDAY_NAMES[spec.weekday or 1]} of"
    anchor = usable_anchor(spec, ctx)
    if anchor is not None:
        ref = anchor.period.start.date()
        period = _period_for(spec.model_copy(update={"month": ref.month}), ref.year)
        return _with_time(spec, period, f"{words} the month mentioned before "
                          f"({anchor.period.value})", anchor.expression_id)
    if ctx.dct is None:
        return Resolution(f"XXXX-XX-XX{_time_suffix(spec)}", None, f"{words} an unknown month; {NO_DCT}")
    period = _period_for(spec.model_copy(update={"month": ctx.dct.month}), ctx.dct.year)
    day, step, told = period.start.date(), 0, "the month of publication"
    if day > ctx.dct and ctx.tense is Tense.PAST:
        step, told = -1, "the month before publication, told in the past"
    elif day < ctx.dct and ctx.tense is Tense.FUTURE:
        step, told = 1, "the month after publication, told in the future tense"
    if step:
        year, month = cal.add_months(ctx.dct.year, ctx.dct.month, step)
        period = _period_for(spec.model_copy(update={"month": month}), year)
    return _with_time(spec, period, f"{words} {told} ({ctx.dct})", "dct")


def _sooner_next_month(ref: dt.date, day: int) -> bool:
    """Whether the ``day`` of the month after ``ref`` lies nearer to it than the same month's."""
    ahead = calendar.monthrange(ref.year, ref.month)[1] - ref.day + day
    return ahead <= ref.day - day


def _is_weekday(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return dt.date(year, month, day).isoweekday() == weekday
    except ValueError:
        return False


def _month_with_weekday(year: int, month: int, day: int, weekday: int,
                        tense: Tense) -> tuple[int, int] | None:
    """The month nearest (year, month), looking back for the past tense and ahead for the
    future, in which ``day`` falls on ``weekday``; None when none within half a year does."""
    if tense is Tense.PAST:
        steps = [-k for k in range(1, 7)]
    elif tense is Tense.FUTURE:
        steps = list(range(1, 7))
    else:
        steps = [k * sign for k in range(1, 7) for sign in (-1, 1)]
    for step in steps:
        candidate = cal.add_months(year, month, step)
        if _is_weekday(*candidate, day, weekday):
            return candidate
    return None


def _after_new_year(spec: Spec, period: Period) -> bool:
    """Whether a month or season told after ``period``, a span across New Year (a winter), falls
    in its second year: a spring or a June after the winter of 1708-09 is 1709's, a December
    1708's."""
    last_day = (period.end - dt.timedelta(days=1)).date()
    start_month = spec.month or cal.SEASON_START.get(spec.season or "", 0)
    return last_day.year > period.start.year and 0 < start_month < period.start.month


def _from_anchor(spec: Spec, ctx: Context, anchor: Anchor) -> Resolution:
    """"The following spring", "that summer", "the previous March": the month or season
    after, in the year of, or before the date mentioned before."""
    period = anchor.period
    last_day = (period.end - dt.timedelta(days=1)).date()
    if spec.direction is Direction.NEXT:  # the first one starting after that date
        ref = last_day
    elif spec.direction is Direction.THIS and _after_new_year(spec, period):
        ref = last_day  # "the winter of 1962-63 ... that spring": the spring of 1963
    else:
        ref = period.start.date()
    year, _ = _pick_year(spec, ctx, ref)
    reading = {Direction.NEXT: "the first {name} after",
               Direction.LAST: "the last {name} before"}.get(spec.direction, "the {name} in the year of")
    why = reading.format(name=_describe(spec)) + f" the date mentioned before ({period.value})"
    return _with_time(spec, _period_for(spec, year), why, anchor.expression_id)


def _in_story_year(spec: Spec, story: Anchor, sentence_index: int) -> Resolution:
    year = story.period.start.year
    start = story.period.start
    if _after_new_year(spec, story.period):  # "the winter of 1708-09 ... in the spring": 1709
        return _with_time(spec, _period_for(spec, year + 1), f"{_describe(spec)} after the "
                          f"date mentioned before ({story.period.value}), in its second year",
                          story.expression_id)
    if spec.month is not None and spec.month < start.month and spec.pluperfect and story.dated:
        return _with_time(spec, _period_for(spec, year), f"{_describe(spec)} told in the past "
                          f"perfect, before the date mentioned before ({story.period.value}), "
                          "in its year", story.expression_id)
    if spec.since and spec.month is not None and spec.month < start.month and story.dated:
        # a start told after "since" lies before the date told, in its year: "shot on April 4,
        # 1968 ... workers who had been on strike since February" is February 1968
        return _with_time(spec, _period_for(spec, year), f"the last {_describe(spec)} before "
                          f"the date mentioned before ({story.period.value}), in its year",
                          story.expression_id)
    if spec.month is not None and spec.month < start.month and \
            not _day_just_before(spec, story, sentence_index) and \
            FINENESS[story.period.granularity] >= FINENESS[Granularity.MONTH]:
        # a story moves forward: "30 December 1936 ... through January" is January 1937
        return _with_time(spec, _period_for(spec, year + 1), f"the first {_describe(spec)} "
                          f"after the date mentioned before ({story.period.value})",
                          story.expression_id)
    if spec.since and spec.month is not None and spec.month > start.month and \
            FINENESS[story.period.granularity] >= FINENESS[Granularity.MONTH]:
        # a start told after "since" lies before the date told: "ended on Feb. 2, 1943 ...
        # had been encircled since late November" is November 1942
        return _with_time(spec, _period_for(spec, year - 1), f"the last {_describe(spec)} "
                          f"before the date mentioned before ({story.period.value})",
                          story.expression_id)
    period = _period_for(spec, year)
    return _with_time(spec, period, f"{_describe(spec)} in the year of the date mentioned "
                      f"before ({story.period.value})", story.expression_id)


def _day_just_before(spec: Spec, scene: Anchor, sentence_index: int | None) -> bool:
    """A day a month or two before a day told with its year in the same sentence is a step
    back in its year: "held on 27 April 1994, after parliament was dissolved on 14 March" is
    March 1994."""
    return spec.day is not None and spec.month is not None and \
        scene.sentence_index == sentence_index and \
        scene.period.granularity is Granularity.DAY and \
        scene.period.start.month - spec.month <= STORY_BEHIND_MONTHS


def _date_in_relative_year(spec: Spec, ctx: Context) -> Resolution:
    """"January this year", "the fourth quarter of last year", "next year's first quarter";
    "the autumn of that year", "January of the following year" (from the date mentioned)."""
    offset = spec.offset or 0
    if spec.anchor == "previous":
        anchor = usable_anchor(spec, ctx)
        if anchor is not None:
            year = anchor.period.start.year + offset
            which = {-1: "the year before", 0: "the year", 1: "the year after"}.get(
                offset, f"{abs(offset)} years {'before' if offset < 0 else 'after'}")
            return _with_time(spec, _period_for(spec, year), f"{_describe(spec)} of {which} "
                              f"the date mentioned before ({anchor.period.value})",
                              anchor.expression_id)
    which = {-2: "the year before last", -1: "last year", 0: "this year", 1: "next year"}.get(
        offset, f"{abs(offset)} years {'ago' if offset < 0 else 'on'}")
    if ctx.dct is None:
        return Resolution(_unknown_year_value(spec), None,
                          f"{_describe(spec)} of {which}; {NO_DCT}")
    year = ctx.dct.year + offset
    return _with_time(spec, _period_for(spec, year),
                      f"{_describe(spec)} of {which}: {year}, from the publication date {ctx.dct}",
                      "dct")


def _with_time(spec: Spec, period: Period, why: str, anchor: str) -> Resolution:
    """Refine a day by a time or part of day, if the spec has one."""
    if period.granularity is Granularity.WEEK and spec.day is not None:
        why = f"{why}: the week holding it"  # "the week beginning 12 March"
    if period.granularity is Granularity.DAY:
        day = period.start.date()
        if spec.hour is not None:
            period = cal.time_period(day, spec.hour, spec.minute or 0, spec.second)
            seconds = "" if spec.second is None else f":{spec.second:02d}"
            why = f"{why}, at {spec.hour:02d}:{spec.minute or 0:02d}{seconds}"
        elif spec.part_of_day is not None:
            period = cal.part_of_day_period(day, spec.part_of_day)
            why = f"{why}, {cal.PART_OF_DAY_NAMES[spec.part_of_day]}"
    return Resolution(period.value, period, why, anchor or None)


# -- weekdays -----------------------------------------------------------------------------------

_ONE_DAY = dt.timedelta(days=1)


def _weekday_choice(spec: Spec, tense: Tense) -> tuple[Callable[[int], int], str]:
    """How many days from the reference to the weekday, and the reading."""
    if spec.direction is Direction.LAST:
        return (lambda d: -((-d) % 7 or 7)), "'last': the {w} before {ref}"
    if spec.direction is Direction.NEXT:
        return (lambda d: d % 7 or 7), "'next': the {w} after {ref}"
    if spec.direction is Direction.PAST or spec.possessive:
        return (lambda d: -((-d) % 7)), "a past event: the last {w} on or before {ref}"
    if spec.direction is Direction.FUTURE or (
            spec.direction is Direction.TENSE and tense is Tense.FUTURE):
        return (lambda d: d % 7), "future tense: the next {w} on or after {ref}"
    if spec.direction is Direction.THIS and tense is Tense.PAST:  # "This Wednesday my son
        # started school": the day of this week just gone, not the one to come; but a day of
        # this week still ahead is that day though its sentence is past ("the card this
        # Saturday lost its co-main event Tuesday"): last week's would be "last Saturday"
        return (lambda d: d), "'this' told in the past: the {w} of the week of {ref}"
    if spec.direction is Direction.THIS or tense is Tense.PRESENT:
        label = "'this'" if spec.direction is Direction.THIS else "present tense (a schedule)"
        return (lambda d: d % 7), label + ": the next {w} on or after {ref}"
    if tense is Tense.PAST:
        return (lambda d: -((-d) % 7)), "past-tense report: the last {w} on or before {ref}"
    if spec.list_entry and spec.direction is Direction.TENSE:
        # "SATURDAY: Morocco v Portugal at 1500 GMT": a day heading an untensed entry of a
        # daybook or a diary is one of the days around publication, ahead or just gone
        return (lambda d: (d + 3) % 7 - 3), "a day heading an untensed entry: the {w} nearest {ref}"
    return (lambda d: -((-d) % 7)), "no clear tense, news usage: the last {w} on or before {ref}"


def _range_runs_past(spec: Spec, ctx: Context, day: dt.date) -> bool:
    """Whether a weekday opening a range of weekdays told in the past ("was conducted Thursday
    through Sunday") would have the range end after publication, which it had reached."""
    return spec.range_days > 0 and spec.direction is Direction.TENSE and \
        ctx.tense is Tense.PAST and ctx.dct is not None and not spec.weeks_on and \
        day + dt.timedelta(days=spec.range_days) > ctx.dct


def _resolve_weekday(spec: Spec, ctx: Context) -> Resolution:
    weekday = spec.weekday or 1
    name = cal.WEEKDAY_NAMES[weekday]
    if spec.indefinite:
        return Resolution(f"XXXX-WXX-{weekday}{_time_suffix(spec)}", None,
                          f"a {name}, not a particular one: no date to place")
    if ctx.dct is None:
        after = spec.direction in (Direction.NEXT, Direction.FUTURE) or ctx.tense is Tense.FUTURE
        value = f"XXXX-WXX-{weekday}{_time_suffix(spec)}"  # "11 p.m. on Saturday" keeps 23:00
        when = "after" if after else "before"
        return Resolution(value, None, f"the {name} {when} publication; {NO_DCT}")
    if spec.in_week is not None:
        day = ctx.dct + dt.timedelta(days=weekday - ctx.dct.isoweekday(), weeks=spec.in_week)
        which = {-1: "the week before", 0: "the same week as", 1: "the week after"}[spec.in_week]
        return _with_time(spec, cal.day_period(day), f"the {name} of {which} {ctx.dct}", "dct")
    choose, template = _weekday_choice(spec, ctx.tense)
    day = ctx.dct + dt.timedelta(days=choose(weekday - ctx.dct.isoweekday()))
    why = template.format(w=name, ref=ctx.dct)
    if _range_runs_past(spec, ctx, day):
        day -= dt.timedelta(weeks=1)
        why = f"{why}, a week back: the range it opens, told in the past, had ended by then"
    if spec.direction is Direction.NEXT and not spec.weeks_on and day == ctx.dct + _ONE_DAY:
        # "next Tuesday" written on a Monday is not tomorrow (that would be "tomorrow" or
        # "Tuesday"): the Tuesday of the week after
        day += dt.timedelta(weeks=1)
        why = f"{why}, a week on: the day after would be 'tomorrow'"
    if spec.weeks_on:
        day += dt.timedelta(weeks=spec.weeks_on)
        why = f"{why}, and a week on" if spec.weeks_on == 1 else \
            f"{why}, and {spec.weeks_on} weeks on" if spec.weeks_on > 0 else \
            f"{why}, and {-spec.weeks_on} week(s) before it"
    contrasted = _contrasted(spec, ctx, Granularity.DAY)
    if contrasted is not None:  # "signed Friday, not Thursday": the Thursday nearest that Friday
        told = contrasted.period.start.date()
        day = told + dt.timedelta(days=(weekday - told.isoweekday() + 3) % 7 - 3)
        why = f"the {name} nearest the day it is set against ({told})"
        return _with_time(spec, cal.day_period(day), why, contrasted.expression_id)
    if spec.granularity == "week_ended":  # "the week ended Friday": the week that day closed
        return _with_time(spec, cal.week_ended_period(day), f"{why}, the week it closed", "dct")
    return _with_time(spec, cal.day_period(day), why, "dct")


def weekday_in_told_week(spec: Spec, result: Resolution, told: Anchor,
                         by_weekday: bool = True) -> Resolution:
    """A bare weekday in a story that dated a day with its weekday ("On Monday, Aug. 29, the
    water rose ... Boats did not come until Wednesday"): the first such weekday on or after
    that day, when the one counted from publication is a week or more past it."""
    if result.period is None:
        return result
    start = told.period.start.date()
    weekday = spec.weekday or 1
    day = start + dt.timedelta(days=(weekday - start.isoweekday()) % 7)
    if (result.period.start.date() - day).days < 7:
        return result
    why = (f"in a story dated by weekday ({start}, a {cal.WEEKDAY_NAMES[start.isoweekday()]}):"
           f" the first {cal.WEEKDAY_NAMES[weekday]} on or after it") if by_weekday else \
        (f"a scene of the story told from {start}, in the past: the first "
         f"{cal.WEEKDAY_NAMES[weekday]} on or after that day")
    return _with_time(spec, cal.day_period(day), why, told.expression_id)


def weekday_resuming_after(spec: Spec, result: Resolution, told: Anchor) -> Resolution:
    """A bare weekday on which something resumes, reopens or runs on to, after a day still
    ahead told just before it ("will be closed on Monday, Sept. 26, and will reopen on
    Tuesday", written on Sept. 14): it comes after that day, not before it, so the first
    such weekday after it."""
    start = told.period.start.date()
    return _first_weekday_after(spec, result, told, f"what resumes or runs on after "
                                f"{cal.WEEKDAY_NAMES[start.isoweekday()]}, {start}, a day told ahead")


def weekday_ending_span(spec: Spec, result: Resolution, told: Anchor) -> Resolution:
    """A bare weekday after "through" or "until" that would fall before the day its sentence
    told just before ("began a strike Wednesday, grounding flights through Friday", written on
    a Thursday): a span ends after it opens, so the first such weekday after that day."""
    start = told.period.start.date()
    return _first_weekday_after(spec, result, told, f"the end of a span opened {start}, a "
                                f"{cal.WEEKDAY_NAMES[start.isoweekday()]}")


def _first_weekday_after(spec: Spec, result: Resolution, told: Anchor, why: str) -> Resolution:
    """The first of the spec's weekday after the day ``told``, when ``result`` falls before it
    (``why`` says what the weekday is to that day)."""
    start = told.period.start.date()
    if result.period is None or result.period.start.date() >= start:
        return result
    weekday = spec.weekday or 1
    day = start + dt.timedelta(days=(weekday - start.isoweekday() - 1) % 7 + 1)
    return _with_time(spec, cal.day_period(day),
                      f"{why}: the first {cal.WEEKDAY_NAMES[weekday]} after it", told.expression_id)


# how many days before a day told ahead the next such weekday from publication may fall and still
# be one of the same days ahead, not a step after it (see ``pipeline._STEP_GAP_DAYS``)
AMONG_DAYS_AHEAD = 5


def weekday_after_told_ahead(spec: Spec, result: Resolution, ahead: Anchor,
                             dct: dt.date, step: bool = False) -> Resolution:
    """A weekday with no past verb told right after a day or a week still ahead ("Next week
    brings a heavy slate. Monday: ISM manufacturing", written on a Friday): the first such
    weekday on or after it, when the one counted from publication has gone by (not the day of
    publication itself, which wire copy names by its weekday: "the Senate votes at noon Tuesday,
    and the House takes it up on Monday evening", written on a Monday, is that evening). A
    ``step`` of a journey told in order moves on even from a day still ahead ("arrives Sunday
    ... talks Tuesday morning", written on a Monday: the Tuesday after that Sunday). A weekday
    that has gone by only for want of a tense, and whose next one falls a few days short of a
    day told ahead, is that next one: a week's schedule names its days out of order."""
    start = ahead.period.start.date()
    if result.period is None or (result.period.start.date() >= dct and not step):
        return result
    weekday = spec.weekday or 1
    forward = dct + dt.timedelta(days=(weekday - dct.isoweekday()) % 7)
    if result.period.start.date() < dct and ahead.period.granularity is not Granularity.WEEK \
            and 0 < (start - forward).days < AMONG_DAYS_AHEAD:
        # a week's schedule names its days out of order ("jobs data on Friday ... Microsoft
        # reports on Wednesday", written on a Sunday): a weekday a few days short of the day
        # told ahead is the one to come before it, not the one a week after it
        why = (f"among days told ahead (up to {start}): the next {cal.WEEKDAY_NAMES[weekday]} "
               f"on or after {dct}")
        return _with_time(spec, cal.day_period(forward), why, "dct")
    day = start + dt.timedelta(days=(weekday - start.isoweekday()) % 7)
    told = "week" if ahead.period.granularity is Granularity.WEEK else \
        f"{cal.WEEKDAY_NAMES[start.isoweekday()]}, {start}"
    why = f"after the {told} told ahead: the first {cal.WEEKDAY_NAMES[weekday]} on or after it"
    return _with_time(spec, cal.day_period(day), why, ahead.expression_id)


def weekday_counted_after_told(spec: Spec, result: Resolution, told: Anchor) -> Resolution:
    """A weekday a count of days or weeks (``spec.counted_after``, "P4D") runs from, set against
    a single day its sentence told just before ("expects to finish by Wednesday, four days after
    Saturday's election"): the day that many days before the told one, when it is that weekday
    (else ``result`` itself)."""
    value = spec.counted_after or ""
    if spec.kind is not SpecKind.WEEKDAY or spec.weekday is None or result.period is None or \
            not value[1:-1].isdigit() or value[-1] not in "DW" or \
            told.period.end - told.period.start > _ONE_DAY:
        return result
    days = int(value[1:-1]) * (7 if value[-1] == "W" else 1)
    start = told.period.start.date()
    day = start - dt.timedelta(days=days)
    if day.isoweekday() != spec.weekday:
        return result
    why = f"{value} before {cal.WEEKDAY_NAMES[start.isoweekday()]}, {start}, told before it: " \
          f"that {cal.WEEKDAY_NAMES[spec.weekday]}"
    return _with_time(spec, cal.day_period(day), why, told.expression_id)


def weekday_counted_back_to(spec: Spec, result: Resolution, told: Anchor) -> Resolution:
    """A weekday a length is counted back from, after a day its sentence told before it, lies
    after that day: "talks broke off Tuesday, days before the contract's expiration at midnight
    Saturday" is the Saturday after that Tuesday, though the past tense put it before."""
    if spec.kind is not SpecKind.WEEKDAY or spec.weekday is None or result.period is None or \
            told.period.end - told.period.start > dt.timedelta(days=1) or \
            result.period.start >= told.period.start:
        return result
    start = told.period.start.date()
    day = start + dt.timedelta(days=(spec.weekday - start.isoweekday()) % 7 or 7)
    why = f"counted back from it, after {cal.WEEKDAY_NAMES[start.isoweekday()]}, {start}, " \
          f"told before it: the first {cal.WEEKDAY_NAMES[spec.weekday]} after it"
    return _with_time(spec, cal.day_period(day), why, told.expression_id)


_NEAR_TOLD_REACH = 3  # how many days either side of a day told ahead "the Saturday" may be


def weekday_near_told_ahead(spec: Spec, result: Resolution, told: Anchor,
                            dct: dt.date | None) -> Resolution:
    """A weekday after "the" just after a day told ahead of publication ("opens next Friday
    ... a dinner is planned for the Saturday night", written on a Thursday): the such weekday
    nearest that day, one of the days of what it tells, not the one counted from publication."""
    if spec.kind is not SpecKind.WEEKDAY or spec.weekday is None or result.period is None or \
            dct is None or told.period.end - told.period.start > _ONE_DAY:
        return result
    start = told.period.start.date()
    ahead = (spec.weekday - start.isoweekday()) % 7
    day = start + dt.timedelta(days=ahead if ahead <= _NEAR_TOLD_REACH else ahead - 7)
    if start <= dct or day <= dct or day == result.period.start.date():
        return result
    why = f"after \"the\", near {cal.WEEKDAY_NAMES[start.isoweekday()]}, {start}, told ahead: " \
          f"the {cal.WEEKDAY_NAMES[spec.weekday]} nearest it"
    return _with_time(spec, cal.day_period(day), why, told.expression_id)


def weekday_before_told(spec: Spec, result: Resolution, told: Anchor) -> Resolution:
    """A weekday right after "after" and a day its sentence told before it lies before that
    day: "the race resumes Tuesday after Monday's rest day", written on a Tuesday, is the
    Monday just gone, though the present tense put it ahead."""
    if spec.kind is not SpecKind.WEEKDAY or spec.weekday is None or result.period is None or \
            told.period.end - told.period.start > dt.timedelta(days=1) or \
            result.period.start < told.period.start:
        return result
    start = told.period.start.date()
    day = start - dt.timedelta(days=(start.isoweekday() - spec.weekday) % 7 or 7)
    why = f"after it, {cal.WEEKDAY_NAMES[start.isoweekday()]}, {start}, told before it: " \
          f"the last {cal.WEEKDAY_NAMES[spec.weekday]} before it"
    return _with_time(spec, cal.day_period(day), why, told.expression_id)


def weekday_named_ahead(spec: Spec, result: Resolution, ahead: set[dt.date]) -> Resolution:
    """A bare weekday with no clear tense that the story already named as a day still ahead
    ("will begin fasting on Monday ... In Kuala Lumpur, imsak on Monday falls at 5.41am"): that
    same day, not the one gone by that news usage would otherwise give it."""
    if spec.weekday is None or result.period is None:
        return result
    start = result.period.start.date()
    day = next((start + dt.timedelta(weeks=n) for n in (1, 2)
                if start + dt.timedelta(weeks=n) in ahead), None)
    if day is None:
        return result
    why = f"the {cal.WEEKDAY_NAMES[spec.weekday]} the story already told ahead ({day})"
    return _with_time(spec, cal.day_period(day), why, "dct")


def weekday_after_report(spec: Spec, result: Resolution, reported: Anchor) -> Resolution:
    """A weekday told in the future in a report dated by a weekday of its own ("officials said
    Sunday that deposits would be available Monday"): the first such weekday after the
    report's day, when that comes before the one counted from publication (it has passed)."""
    said = reported.period.start.date()  # "said Sunday evening": that Sunday
    if result.period is None or reported.period.end - reported.period.start > _ONE_DAY:
        return result
    weekday = spec.weekday or 1
    # "said Sunday that a vigil would be held at 8:30 p.m. Sunday": a clock time or a part of
    # the day still to come on the report's own day; a bare weekday is the one after it
    later_that_day = spec.hour is not None or spec.part_of_day is not None
    day = said + dt.timedelta(days=(weekday - said.isoweekday()) % 7 or (0 if later_that_day
                                                                          else 7))
    if day >= result.period.start.date():
        return result
    why = (f"told as still to come in a report dated {said}: the first "
           f"{cal.WEEKDAY_NAMES[weekday]} {'on or after' if later_that_day else 'after'} it")
    return _with_time(spec, cal.day_period(day), why, reported.expression_id)


# -- relative offsets ---------------------------------------------------------------------------

_REQUIRED = {Unit.DAY: Granularity.DAY, Unit.HOUR: Granularity.DAY,
             Unit.MINUTE: Granularity.DAY, Unit.QUARTER: Granularity.QUARTER,
             Unit.WEEK: Granularity.WEEK, Unit.MONTH: Granularity.MONTH,
             Unit.DECADE: Granularity.DECADE, Unit.CENTURY: Granularity.CENTURY,
             # "last year's ceremony ... the previous weekend": a weekend counts from a week or
             # a day told before it, not from the start of a year
             Unit.WEEKEND: Granularity.WEEK}


NEARBY_SENTENCES = 2  # a clock time or part of the day: the story's day, if told just before
ANCHOR_SENTENCES = 3  # how far back (in sentences) a fitting earlier date is looked for
# "the previous Friday" names the story's current day wherever the story last gave one
WEEKDAY_ANCHOR_SENTENCES = 10
# a clock time told in the past is on the story's day a few sentences on: "The Fed left rates
# unchanged on Wednesday ... [three sentences of outlook] ... Stocks jumped after the 2 p.m.
# statement", written on a Thursday, is Wednesday at 2 p.m., not the day of publication
PAST_CLOCK_SENTENCES = 6
STORY_REACH = 1_000_000  # sentences: without a publication date nothing else can anchor
# a clock time told in the present or future is on an event's day still ahead a few sentences
# on: "The pair meet Saturday for the title ... [three sentences on the fighters] ... The main
# card starts at 9 p.m. ET", written on a Thursday, is Saturday at 9 p.m.
AHEAD_CLOCK_SENTENCES = 6
# ... when that day is within two weeks of publication: a date further off, told in passing ("the
# EU is expected to follow on March 22"), is not what a schedule's clock times are read against
AHEAD_CLOCK_DAYS = 14


_TIME_UNITS = (Unit.DAY, Unit.HOUR, Unit.MINUTE)  # "on Friday at 11am": a coming day will do


def _fits(spec: Spec, anchor: Anchor, dct: dt.date | None) -> bool:
    """Whether an earlier date can anchor this anaphoric expression."""
    granularity = anchor.period.granularity
    if spec.kind is SpecKind.DATE and spec.granularity == "quarter":  # "the 1988 quarter"
        return granularity is Granularity.QUARTER
    if spec.kind is SpecKind.DATE and spec.granularity == "month":  # "the same month in 1995"
        return FINENESS[granularity] >= FINENESS[Granularity.MONTH]
    if spec.kind is SpecKind.DATE:  # "the following spring": any date with its year;
        day_only = spec.day is not None and spec.month is None  # "the 15th"
        finest = Granularity.MONTH if day_only else Granularity.YEAR
        return FINENESS[granularity] >= FINENESS[finest]
    if spec.anchor in ("previous", "related") and _whole_decades_after_decade(spec, granularity):
        return True
    if spec.anchor in ("comparable", "related", "nearby") and dct is not None and \
            anchor.period.start.date() > dct and spec.unit not in _TIME_UNITS and \
            not (spec.anchor == "related" and (spec.offset or 0) > 0):
        return False  # results compared "a year earlier" are reported ones, not forecasts;
        # "a year later" counts on from a date to come ("expires in 2019, ... a year later")
    # "a year ago" after a quarter or a month: that quarter or month a year before
    # ("up from a month ago and down from a year ago" look back from now, both of them; so does
    # one after the month a rise has run since: "have risen since February ... than a year ago")
    if spec.anchor == "nearby" and spec.unit is Unit.YEAR:
        return granularity in (Granularity.QUARTER, Granularity.HALF, Granularity.MONTH) and \
            not anchor.ago and not anchor.since and not _itself_a_year_back(anchor, dct)
    if spec.anchor == "comparable":  # "the year-ago period": the same period, finer than a
        # year but longer than the day a quarter ends on ("the quarter ended Sept. 30")
        return FINENESS[Granularity.YEAR] < FINENESS[granularity] < FINENESS[Granularity.DAY]
    if spec.anchor == "related" and spec.granularity == "month":  # "the same month last year":
        return granularity is Granularity.MONTH  # a month reported, not the day of a report
    if spec.anchor == "related" and spec.granularity == "weekend":  # "the same weekend last
        return FINENESS[granularity] >= FINENESS[Granularity.WEEK]  # year": a weekend or its day
    if spec.anchor == "related":  # "a year earlier": that quarter, or that year, a year before
        return FINENESS[granularity] >= FINENESS[Granularity.YEAR]
    if spec.unit is Unit.QUARTER:  # "the quarter": the quarter under discussion
        return granularity is Granularity.QUARTER
    required = _REQUIRED.get(spec.unit or Unit.DAY, Granularity.YEAR)
    if spec.anchor == "nearby" and anchor.period.end - anchor.period.start > _ONE_DAY:
        return False  # a weekend is two days: "in the afternoon" after it names neither
    return FINENESS[granularity] >= FINENESS[required]


def _itself_a_year_back(anchor: Anchor, dct: dt.date | None) -> bool:
    """A month ended ten months and more before publication is no figure "a year ago" is set
    against: "in October 2020, a year ago", written in October 2021, says it again."""
    return dct is not None and (dct - anchor.period.end.date()).days >= _TEN_MONTHS


_TEN_MONTHS = 300  # days


def _whole_decades_after_decade(spec: Spec, granularity: Granularity) -> bool:
    """"In the 1970s ... Four decades later": whole decades counted from a decade land on a
    decade (the 2010s), not on a year counted from publication."""
    return granularity is Granularity.DECADE and spec.unit is Unit.YEAR and \
        spec.offset is not None and spec.offset != 0 and spec.offset % 10 == 0


def _nearby_reach(spec: Spec, ctx: Context) -> int:
    """A clock time or part of the day stays on the story's day a sentence longer than "a year
    ago" stays on the quarter just reported; a clock time after a clock time stays on it as long
    as a date does ("at 8:52 a.m. on April 16 ... By 10:30 a.m. the ship had capsized"); one
    told in the past stays on the story's day longer still (``PAST_CLOCK_SENTENCES``; not a part
    of the day, which is as often the night before publication: "began at dawn")."""
    if spec.hour is not None and ctx.previous is not None and \
            FINENESS[ctx.previous.period.granularity] > FINENESS[Granularity.DAY]:
        return ANCHOR_SENTENCES
    if spec.hour is not None and ctx.tense is Tense.PAST:
        return PAST_CLOCK_SENTENCES
    return NEARBY_SENTENCES if spec.hour is not None or spec.part_of_day else 1


def _ahead_reach(spec: Spec, anchor: Anchor, ctx: Context) -> bool:
    """Whether a clock time told in the present or future is within ``AHEAD_CLOCK_SENTENCES``
    of a date told before, the reach of an event's day still ahead."""
    return spec.anchor == "nearby" and spec.hour is not None and ctx.dct is not None and \
        ctx.tense in (Tense.PRESENT, Tense.FUTURE) and \
        ctx.sentence_index - anchor.sentence_index <= AHEAD_CLOCK_SENTENCES


def _clock_on_day_ahead(spec: Spec, anchor: Anchor, since: tuple[Anchor, ...],
                        ctx: Context) -> bool:
    """Whether a clock time told in the present or future is still within reach of a day after
    publication told some sentences before: an event's day ahead, "The pair meet Saturday ...
    The main card starts at 9 p.m. ET"; not the last day of a span ("runs through Jan. 15"),
    nor once a later sentence has told a day gone by or the day of writing ("announced this
    morning, the ban applies from midnight"), though a day of a year and more back told in
    passing ("the church was dedicated on Easter Sunday 1921") leaves the event's day in reach,
    and so does a day gone by for a clock time told in the future: the day the plan was made
    ("Saturday's game was moved to noon. The league agreed to it yesterday. Gates will open at
    10 a.m.")."""
    dct = ctx.dct
    return _ahead_reach(spec, anchor, ctx) and dct is not None and \
        anchor.period.granularity in _DAY_OR_PART_OF_DAY and \
        0 < (anchor.period.start.date() - dct).days <= AHEAD_CLOCK_DAYS and \
        not anchor.ends and not any(
            told.sentence_index > anchor.sentence_index and
            (told.period.start.date() == dct or
             told.period.start.date() < dct and ctx.tense is not Tense.FUTURE) and
            (dct - told.period.start.date()).days <= _HISTORY_DAYS and
            told.period.granularity in _DAY_OR_FINER for told in since)


# "tomorrow night's final ... The final starts at 10pm": an evening ahead holds its day too
_DAY_OR_PART_OF_DAY = frozenset({Granularity.DAY, Granularity.PART_OF_DAY})


# a day told a year and more before publication is history told in passing ("the hall was
# dedicated on Easter Sunday 1921"), not a day gone by that the story has moved on to
_HISTORY_DAYS = 365


def told_clock_time(spec: Spec) -> bool:
    """"At 9am that day": a clock time on the day the story last gave, as firmly that day as
    "that afternoon" is, some sentences on ("Seats go on sale from Tuesday ... [sentences on
    the seats] ... Bookings will open at 9am that day"); not the day of writing."""
    return spec.told and spec.hour is not None and spec.unit is Unit.DAY and spec.offset == 0


def told_part_of_day(spec: Spec) -> bool:
    """"That afternoon", "that night": the story's day wherever the story last gave one, some
    sentences back ("sentenced him Thursday ... His lawyer said that afternoon")."""
    return spec.told and spec.part_of_day is not None


_STORY_UNITS_IN_THE_PAST = (Unit.DECADE, Unit.CENTURY, Unit.YEAR, Unit.MONTH)


def _told_in_the_past(spec: Spec, ctx: Context) -> bool:
    """"In 1984 she moved to Paris. By the end of the decade she had vanished": a decade told
    in the past tense after a date of its own is that date's, not the publication's; so is a
    month ("a record low in February ... averaged 5.5 million for the month") and a week
    ("stocks rallied Friday, ending the week higher", published on the Monday after), a whole
    one: "forecast for later in the week" looks on from publication, but not from a date a
    year and more back ("tanks returned on Nov. 4, 1956, and by the end of the week ...")."""
    return ctx.tense is Tense.PAST and (spec.unit in _STORY_UNITS_IN_THE_PAST or
                                        (spec.unit is Unit.WEEK and
                                         (spec.mod is None or _years_back(ctx))))


def _years_back(ctx: Context) -> bool:
    """Whether the date told last ended a year or more before publication."""
    previous = ctx.previous
    return previous is not None and ctx.dct is not None and \
        (ctx.dct - previous.period.end.date()).days >= 365  # (no date a year before year 1)


def _year_ahead_in_sentence(spec: Spec, ctx: Context) -> bool:
    """"Expects inflation to peak in early 2022 before easing later in the year": a year still
    to come, named just before in the same sentence told in the future, is the year meant."""
    previous = ctx.previous
    return spec.unit is Unit.YEAR and ctx.tense is Tense.FUTURE and previous is not None and \
        previous.sentence_index == ctx.sentence_index and \
        previous.period.granularity is Granularity.YEAR and ctx.dct is not None and \
        previous.period.start.year > ctx.dct.year


def usable_anchor(spec: Spec, ctx: Context) -> Anchor | None:
    """The date an anaphoric expression counts from: the last one mentioned if it fits,
    else the most recent fitting one within a few sentences. "The end of the year" ("story")
    counts from publication when there is a publication date, else from the story's dates."""
    if spec.anchor == "dct" or (spec.anchor == "story" and ctx.dct is not None and
                                not _told_in_the_past(spec, ctx) and
                                not _year_ahead_in_sentence(spec, ctx)):
        return None
    reach = _nearby_reach(spec, ctx) if spec.anchor == "nearby" else \
        WEEKDAY_ANCHOR_SENTENCES if spec.weekday is not None or told_part_of_day(spec) or \
        told_clock_time(spec) else ANCHOR_SENTENCES
    if ctx.dct is None:  # a story with no publication date: its last date, however far back
        reach = STORY_REACH
    candidates = ((ctx.previous,) if ctx.previous else ()) + ctx.earlier
    if spec.anchor == "related" and len(candidates) > 1 and \
            _closes_period(candidates[0], candidates[1], ctx.sentence_index):
        candidates = candidates[1:]  # "the third quarter ended Sept. 30 ... a year earlier":
        # the quarter reported a year before, not the day it closed on
    if ctx.previous is not None and spec.anchor == "previous" and spec.unit is Unit.YEAR and \
            ctx.previous.period.granularity in _COARSE_FOR_YEARS and \
            not _fits(spec, ctx.previous, ctx.dct):
        return None  # "the 1980s ... two years later": counted from the decade (coarse_anchor),
        # not from a day told before it
    if ctx.previous is not None and spec.anchor == "previous" and \
            (spec.offset or spec.unit is Unit.DAY and
             ctx.previous.period.granularity is Granularity.MONTH) and \
            (ctx.previous.sentence_index == ctx.sentence_index or
             abs(spec.offset or 0) > 1 and spec.unit in (Unit.WEEK, Unit.MONTH) and
             ctx.previous.period.granularity is Granularity.MONTH and
             ctx.previous.sentence_index == ctx.sentence_index - 1 and
             ctx.dct is not None and long_before(ctx.previous.period, ctx.dct)) and \
            not _fits(spec, ctx.previous, ctx.dct) and coarse_anchor(spec, ctx) is ctx.previous \
            and not _frames_day(ctx.previous, ctx.earlier):
        return None  # "was paused in September 2020 and resumed six weeks later": counted from
        # the month its own sentence names (coarse_anchor), not from a day a sentence before told;
        # so is "the same day" after a month ("asked him in February ..., and he wrote a memo
        # the same day"), though not after a year, too wide to hold the day meant; so is an
        # interval after a month of years gone by told just a sentence before ("ordered the
        # release yesterday. Newsday asked for the records in January 1997. The request was
        # denied six weeks later": February 1997, not six weeks after yesterday)
    passed: Anchor | None = None  # a later date that did not fit
    over_in: int | None = None  # the sentence of a day already over that a clock time skipped
    for at, anchor in enumerate(candidates):
        if ctx.sentence_index - anchor.sentence_index > reach and \
                not _clock_on_day_ahead(spec, anchor, candidates[:at], ctx):
            if _ahead_reach(spec, anchor, ctx):
                continue  # too far back unless it is a day ahead: look further for one
            return None
        if over_in is not None and anchor.sentence_index < over_in:
            return None  # a clock time told in the present after a sentence about a day gone
            # by is on the publication day ("... futures rose overnight. Powell speaks at 2 p.m."),
            # not on a day still older or ahead that the story told before it
        if spec.anchor in ("previous", "related") and \
                (_compared_month(anchor, candidates[at + 1:], ctx.sentence_index) or
                 _compared_week(anchor, candidates[at + 1:], ctx.sentence_index) or
                 _reported_year(spec, anchor, candidates[at + 1:], ctx)):
            continue
        if _against_tense(spec, anchor, ctx):
            if spec.anchor == "story":
                return None  # the story told in the past is back at publication, not at a
                # date older than the one still to come ("... by the end of the year")
            if spec.anchor == "nearby" and spec.hour is not None and ctx.tense is Tense.PRESENT \
                    and anchor.sentence_index != ctx.sentence_index and \
                    anchor.period.granularity in _DAY_OR_FINER:
                over_in = anchor.sentence_index  # a day, not "last year" told in passing
            continue
        if ctx.dct is None and passed is not None and not _within(anchor.period, passed.period):
            return None  # the story has moved on to a date elsewhere ("1917 ... 1918 - 5 a.m.")
        if passed is not None and spec.hour is not None and \
                anchor.period.granularity is Granularity.DAY and \
                passed.sentence_index >= anchor.sentence_index and \
                FINENESS[passed.period.granularity] < FINENESS[Granularity.DAY] and \
                passed.period.start.year > anchor.period.start.year and \
                ctx.dct is not None and anchor.period.start.year < ctx.dct.year and \
                passed.period.start.year <= ctx.dct.year:
            return None  # a later sentence has moved the story on from a day of a year gone by
            # to a later year ("killed on Oct. 4, 1994 ... testified last spring. The verdict was
            # read at 9 a.m."): not that day (a year ahead is no move: "see the April 8, 2024,
            # eclipse, the last until 2044. Totality begins at 1:40 p.m.")
        if _publication_week_day(spec, anchor, ctx.dct):
            continue
        if _year_so_far(spec, anchor, ctx):
            return None
        if _story_back_from_old_day(spec, anchor, candidates[:at], ctx):
            return None
        if anchor.range_end and spec.anchor == "nearby" and \
                (spec.hour is not None or spec.part_of_day is not None) and \
                anchor.sentence_index < ctx.sentence_index:
            continue  # "a season that runs from June 1 to Nov. 30 ... the next advisory at
            # 11 a.m.": a clock time told after is on no day that only closes a span (in its
            # sentence it may be: "open from Dec. 20 to Dec. 24, when they close at 4 p.m."); nor
            # is a part of the day ("profit for the six months to June 30 ... by midafternoon")
        if anchor.range_end and spec.anchor in ("comparable", "related") and \
                anchor.period.granularity is Granularity.MONTH:
            # "352 attacks between January and September, against 289 in the same period last
            # year": the months of the span, a year before, lie in that year (no single month)
            return anchor._replace(period=cal.year_period(anchor.period.start.year))
        if _fits(spec, anchor, ctx.dct):
            return anchor
        if anchor.day is not None and (not anchor.ago or
                                       anchor.sentence_index == ctx.sentence_index) and \
                _fits(spec, anchor._replace(period=anchor.day), ctx.dct):
            # (the day "Ten years ago," falls on holds only the rest of its sentence)
            return anchor._replace(period=anchor.day)
        if _own_day_compared(spec, anchor, candidates, ctx):
            return None
        if spec.anchor == "story" and ctx.dct is not None and _holds_day(anchor.period, ctx.dct):
            return None  # "in August ... this year ... by the end of the month": the story has
            # come back to the present, whose month is meant
        if passed is None:
            passed = anchor
    return None


def _compared_month(month: Anchor, older: tuple[Anchor, ...], sentence_index: int) -> bool:
    """Whether a month is the one a sentence before compared its month with: "sales rose in
    October after being unchanged in September. Compared with a year earlier, ..." counts from
    October, the month reported, as does "fell to 13.3% from 14.7% the prior month"."""
    if not older or month.period.granularity is not Granularity.MONTH:
        return False
    reported = older[0]
    return reported.period.granularity is Granularity.MONTH and \
        reported.sentence_index == month.sentence_index < sentence_index and \
        month.period.end == reported.period.start


def _compared_week(week: Anchor, older: tuple[Anchor, ...], sentence_index: int) -> bool:
    """Whether a week is the one a report set its week against: "112 cases in the week ending
    Nov. 21, up from 74 the previous week. There were 38 hospitalizations, compared with 21 in
    the same week last year" counts from the week ending Nov. 21, the week reported, as does a
    second "the previous week" after "a week earlier"; the week compared is the one just before
    it, told in its sentence or the next."""
    if not older or week.period.granularity is not Granularity.WEEK:
        return False
    reported = older[0]
    return reported.period.granularity is Granularity.WEEK and \
        reported.sentence_index <= week.sentence_index <= sentence_index and \
        week.sentence_index - reported.sentence_index <= 1 and \
        week.period.end == reported.period.start


def _reported_year(spec: Spec, day: Anchor, older: tuple[Anchor, ...], ctx: Context) -> bool:
    """Whether a day near publication is only the day a figure for an earlier year was reported:
    "fell to 166 days in 2002, according to a report released Monday. Five years earlier it was
    196 days" counts the years from 2002, the year the figure is for, not from Monday."""
    if not older or spec.unit is not Unit.YEAR or not spec.offset or ctx.dct is None or \
            day.period.granularity is not Granularity.DAY or long_before(day.period, ctx.dct):
        return False
    year = older[0]
    return year.period.granularity is Granularity.YEAR and not year.since and \
        year.sentence_index == day.sentence_index == ctx.sentence_index - 1 and \
        _last_year(year.period) < ctx.dct.year and year.period.end <= day.period.start


def _year_so_far(spec: Spec, anchor: Anchor, ctx: Context) -> bool:
    """"8,000 cases so far this year, four times the number for the same period last year": the
    publication's year told in the comparison's own sentence is the period set against (the year
    to date), not a week or a month sentences before it."""
    return spec.anchor == "comparable" and ctx.dct is not None and \
        anchor.sentence_index == ctx.sentence_index and \
        anchor.period.granularity is Granularity.YEAR and \
        anchor.period.start.year == ctx.dct.year


def _frames_day(coarse: Anchor, earlier: tuple[Anchor, ...]) -> bool:
    """"It fell on Tuesday this year, and the following day ...": a year or a month told right
    after a day of its own sentence that it holds only places that day, which is still the one
    counted from."""
    if not earlier:
        return False
    day = earlier[0]
    return day.sentence_index == coarse.sentence_index and \
        day.period.granularity is Granularity.DAY and _within(day.period, coarse.period)


def _own_day_compared(spec: Spec, anchor: Anchor, candidates: tuple[Anchor, ...],
                      ctx: Context) -> bool:
    """"Rates peaked last October. As of Tuesday, the CD paid 8.9 percent, down from 10.4
    percent a year ago": a figure of a day its own sentence names is set against a year before
    that day, not against a month a sentence before told (a month or a quarter in its own
    sentence is still the one compared: "sales in March rose on Tuesday from a year ago", "the
    quarter ended Sept. 30")."""
    if spec.anchor != "nearby" or spec.unit is not Unit.YEAR or \
            anchor.sentence_index != ctx.sentence_index or \
            anchor.period.granularity is not Granularity.DAY:
        return False
    index = candidates.index(anchor)
    return all(later.sentence_index != ctx.sentence_index for later in candidates[index + 1:])


_PERIOD_CLOSERS = (Granularity.QUARTER, Granularity.HALF)


def _closes_period(day: Anchor, period: Anchor, sentence_index: int) -> bool:
    """Whether a day told right after a quarter in its sentence is the day that quarter (or a
    fiscal one named after it) ended on: "the third quarter ended Sept. 30"; so too a year's,
    on a quarter's last day, compared with a year earlier in that sentence ("the financial year
    ending June 30 ... a year earlier")."""
    if period.period.granularity is Granularity.WEEK:  # "week 40, which ended Oct. 3"
        return day.period.granularity is Granularity.DAY and \
            day.sentence_index == period.sentence_index and \
            period.period.start <= day.period.start < period.period.end
    closer = period.period.granularity in _PERIOD_CLOSERS or \
        (period.period.granularity is Granularity.YEAR and sentence_index == day.sentence_index
         and _ends_quarter(day.period.start.date()))
    return day.period.granularity is Granularity.DAY and closer and \
        day.sentence_index == period.sentence_index and \
        period.period.start <= day.period.start < period.period.end + _QUARTER_SPAN


def _ends_quarter(day: dt.date) -> bool:
    """Whether a day is the last of a calendar quarter (31 March, 30 June, 30 Sept., 31 Dec.)."""
    return day.month % 3 == 0 and (day + _ONE_DAY).day == 1


_QUARTER_SPAN = dt.timedelta(days=92)


def _publication_week_day(spec: Spec, anchor: Anchor, dct: dt.date | None) -> bool:
    """"That year" points back to a year the text named, not to a day of the week of publication,
    whose year a writer calls "this year": "the show jumps to 2009; the episodes, which arrive
    Thursday, are set in March of that year" is March 2009."""
    return dct is not None and spec.anchor == "previous" and spec.unit is Unit.YEAR and \
        not spec.offset and FINENESS[anchor.period.granularity] >= FINENESS[Granularity.DAY] \
        and abs((anchor.period.start.date() - dct).days) <= _PUBLICATION_WEEK


_PUBLICATION_WEEK = 7


def _holds_day(period: Period, day: dt.date) -> bool:
    """Whether a period contains the whole of a day (measured from its start, as the day after
    9999-12-31 cannot be written)."""
    start = dt.datetime(day.year, day.month, day.day)
    return period.start <= start and period.end - start >= _ONE_DAY


def _against_tense(spec: Spec, anchor: Anchor, ctx: Context) -> bool:
    """A clock time or part of a nearby day is not on a day its tense rules out. Told in the
    past tense ("shares rose by early afternoon", "spent the morning at home"), it is not on a
    date still to come that a sentence before announced ("a meeting on Nov. 14", "will meet
    Bush on Monday"); told in the future tense ("airports will reopen at 7 a.m.") or, for a
    clock time, the present ("the ceremony begins at five o'clock"), not on a day before
    publication that an earlier sentence told ("airspace was closed from Thursday", "five months
    after the September eleventh attacks"), though one in its own sentence may be the day the
    plan was made for. A night that began the day before publication ("rose overnight") is over
    by then too: "data due at 12:30 GMT" after it is on the publication day. The year of a
    story told in the past ("inflation stood at 14% since the beginning of the year") is not a
    year still to come that a sentence before named ("4.3 percent growth in 2002")."""
    if ctx.dct is None or spec.anchor not in ("nearby", "previous", "story"):
        return False
    if ctx.tense is Tense.PAST:  # nor "the night before", "the next day" counted from it
        # (but a date in its own sentence is what "the same day" there means: "would have
        # expired on Dec. 31, the same day as the federal ban"); nor is the end of a range
        # the day its start, told in its own sentence, rules out: "the count, which began in
        # 1900, runs from Dec. 14 to Jan. 5" ends on the Jan. 5 after that Dec. 14; nor a day
        # counted on from one still to come in its own sentence: "has moved the race from
        # February 14 to the following Sunday" is the Sunday after that February 14 (a count
        # of days back is not: "runs until April 17; the Orthodox started their fast two days
        # earlier" than the day of writing)
        if spec.kind is SpecKind.DATE and spec.year is None and spec.day is None and \
                (spec.season is not None or spec.month is not None) and \
                anchor.period.start.date() <= ctx.dct:
            # nor is "that summer" one that had not begun by publication: "approached in early
            # 2022, a filing made public Tuesday says. Talks stalled that summer" (2022's)
            fell = _candidate(spec, anchor.period.start.year)
            return fell is not None and fell.start.date() > ctx.dct
        if spec.until and spec.hour is not None and \
                anchor.sentence_index == ctx.sentence_index and \
                FINENESS[anchor.period.granularity] > FINENESS[Granularity.DAY]:
            return False  # nor is the clock time closing a span its own sentence opened at a
            # clock time ("police have declared zones that apply from 6 p.m. on New Year's Eve
            # until 6 a.m."): it runs on from that start, whatever the verb reporting the rule
        return anchor.period.start.date() > ctx.dct and not (
            anchor.sentence_index == ctx.sentence_index and (
                (spec.offset == 0 or spec.anchor == "previous" and spec.weekday is not None) and
                spec.kind is SpecKind.RELATIVE and spec.hour is None and
                spec.part_of_day is None or
                # so is a weekday at a clock time ending a span its own sentence opened on a
                # day still to come: "has declared a ban from midnight tonight until 11:59
                # p.m. Saturday" is the Saturday after tonight
                spec.anchor == "previous" and spec.weekday is not None and
                spec.kind is SpecKind.RELATIVE and spec.hour is not None and
                spec.part_of_day is None and
                FINENESS[anchor.period.granularity] > FINENESS[Granularity.DAY] or
                spec.kind is SpecKind.DATE and spec.direction is Direction.NEXT and
                spec.month is not None and spec.year is None))
    if spec.anchor == "story":
        return False
    if spec.anchor != "nearby":
        # "is expected to meet later in the day": the day still running, not one over that a
        # sentence before told ("had announced its plan last Tuesday"); so is a day told in the
        # present ("the standoff is now in its fourth day" after "a passenger was killed Saturday"),
        # or after the day a state has run since, in its own sentence ("has spread since May 3,
        # and the eruption is in its sixth day"); but "that day" ("that day will stay with me")
        # points back to a day told, not to today
        return ctx.tense in (Tense.FUTURE, Tense.PRESENT) and spec.kind is SpecKind.RELATIVE and \
            not spec.told and \
            spec.unit is Unit.DAY and spec.offset == 0 and \
            (anchor.sentence_index != ctx.sentence_index or anchor.since) and \
            anchor.period.end <= dt.datetime.combine(ctx.dct, dt.time())
    if ctx.tense is Tense.FUTURE and spec.timetable_told and spec.hour is not None and \
            anchor is ctx.previous and FINENESS[anchor.period.granularity] > \
            FINENESS[Granularity.DAY]:
        return False  # looked for from the past, after a clock time of a day gone by:
        # "sirens sounded at 2 p.m. Tuesday, and the waves were expected at 7:17 p.m." is that
        # Tuesday, though publication is after it
    if ctx.tense is Tense.FUTURE or (ctx.tense is Tense.PRESENT and spec.hour is not None):
        period = anchor.period  # not tonight; but the night before publication is over
        over = period.end <= dt.datetime.combine(ctx.dct, dt.time()) or (
            period.start.date() < ctx.dct and
            FINENESS[period.granularity] > FINENESS[Granularity.DAY])
        return over and anchor.sentence_index != ctx.sentence_index
    return False


def _within(inner: Period, outer: Period) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


_COARSE = (Granularity.YEAR, Granularity.HALF, Granularity.QUARTER, Granularity.SEASON,
           Granularity.MONTH, Granularity.DECADE, Granularity.CENTURY)
# "in the 1980s ... two years later": years counted from a decade or a century stay in it
_COARSE_FOR_YEARS = (Granularity.DECADE, Granularity.CENTURY)


def coarse_anchor(spec: Spec, ctx: Context) -> Anchor | None:
    """For "a week later", "the next day" after a date known only to the month or year ("in
    October 1929 ... a week later"): that date. Asked only when no finer one fits
    (``usable_anchor`` found none). Better than counting from publication, decades away."""
    if spec.anchor != "previous" or spec.kind is not SpecKind.RELATIVE or \
            spec.unit not in (Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR) or \
            ctx.previous is None or spec.weekday is not None:
        return None
    anchor = ctx.previous
    reach = ANCHOR_SENTENCES if ctx.dct is not None else STORY_REACH
    coarse = _COARSE_FOR_YEARS if spec.unit is Unit.YEAR else _COARSE
    if ctx.sentence_index - anchor.sentence_index > reach or \
            anchor.period.granularity not in coarse:
        return None
    if spec.unit is Unit.DAY and (spec.offset or 0) < 0 and ctx.dct is not None and (
            ctx.dct.toordinal() <= 366 or  # a year back from it is before the calendar's start
            anchor.period.end > dt.datetime.combine(ctx.dct - dt.timedelta(days=366), dt.time())):
        # "revenues in January-May were $9.6bn, the bank said the day before": a day counted
        # back from a month or a year of the story's own time is read from the story's day,
        # not from the months it reports figures for ("in October 1929 ... the day before"
        # still counts from that month)
        return None
    if ctx.tense is Tense.FUTURE and ctx.dct is not None and \
            anchor.period.end <= dt.datetime.combine(ctx.dct, dt.time()):
        # "emerged from bankruptcy in 2011. A sale hearing will follow two days later": what
        # is still to come is not counted from a year long over
        return None
    return anchor


def _coarsened(day: dt.date, granularity: Granularity) -> Period:
    if granularity is Granularity.MONTH:
        return cal.month_period(day.year, day.month)
    if granularity is Granularity.QUARTER:
        return cal.quarter_period(day.year, (day.month - 1) // 3 + 1)
    if granularity is Granularity.HALF:
        return cal.half_period(day.year, 1 if day.month < 7 else 2)
    if granularity is Granularity.DECADE:
        return cal.decade_period(day.year // 10)
    if granularity is Granularity.CENTURY:
        return cal.century_period(day.year // 100)
    return cal.year_period(day.year)


def _from_coarse(spec: Spec, anchor: Anchor) -> Resolution:
    unit, offset = spec.unit or Unit.DAY, spec.offset or 0
    period = anchor.period
    start = period.start.date() if offset >= 0 else (period.end - dt.timedelta(days=1)).date()
    shifted = _shift(cal.day_period(start), unit, offset)
    if shifted is None:
        return Resolution(_unknown_relative_value(unit), None, "unresolvable: outside the "
                          "years 1-9999 a calendar can show")
    granularity = period.granularity if period.granularity is not Granularity.SEASON \
        else Granularity.YEAR
    # "that same week" after "in June 1950" is within June, though the week of June 1 begins
    # in May
    result = _coarsened(start if offset == 0 else shifted.start.date(), granularity)
    return Resolution(result.value, result, f"{_offset_words(unit, offset)} the date mentioned "
                      f"before ({period.value}), known only to the {granularity.value}",
                      anchor.expression_id)


_HISTORY_UNKNOWN_DAY = {Granularity.YEAR: "-XX-XX", Granularity.MONTH: "-XX"}


def long_before(period: Period, dct: dt.date) -> bool:
    """Whether ``period`` ended before the year before ``dct`` began (never, in year 1)."""
    return dct.year > 1 and period.end <= dt.datetime(dct.year - 1, 1, 1)


def _time_in_history(spec: Spec, ctx: Context) -> Resolution | None:
    """A clock time or part of the day with no day of its own, told in (or just after) the
    sentence of a year or month that ended before the year before publication, told in the
    past: that time on an unknown day of it ("In 1912, the ship struck an iceberg at 11:40
    p.m.": 1912-XX-XXT23:40), not the publication day's (but "the parade, held every year
    since 1762, steps off at 11 a.m." is today's)."""
    previous, time = ctx.previous, _time_suffix(spec)
    if spec.anchor != "nearby" or spec.offset or ctx.tense is not Tense.PAST or \
            ctx.dct is None or previous is None or \
            not time or ctx.sentence_index - previous.sentence_index > 1:
        return None
    unknown = _HISTORY_UNKNOWN_DAY.get(previous.period.granularity)
    if unknown is None or previous.since or not long_before(previous.period, ctx.dct) or \
            previous.names_thing and ctx.sentence_index != previous.sentence_index or \
            _story_day_before(ctx):
        return None
    value = f"{previous.period.value}{unknown}{time}"
    return Resolution(value, previous.period, f"on a day of {previous.period.value}, the date "
                      "mentioned before, long before publication; the day is not told",
                      previous.expression_id)


def _story_back_from_old_day(spec: Spec, anchor: Anchor, later: tuple[Anchor, ...],
                             ctx: Context) -> bool:
    """Whether a clock time told in the past comes after a day long before publication that a
    later sentence has left for days near publication ("passed weeks after the attacks of Sept.
    11, 2001. The Senate would resume debate Monday. The agency began winding down the program
    at 4 p.m."): the story is back at its own day, not that old one."""
    dct = ctx.dct
    if spec.anchor != "nearby" or spec.hour is None or ctx.tense is not Tense.PAST or \
            dct is None or anchor.sentence_index >= ctx.sentence_index or \
            anchor.period.granularity is not Granularity.DAY or \
            not long_before(anchor.period, dct):
        return False
    return any(told.sentence_index > anchor.sentence_index and
               told.period.granularity in _DAY_OR_FINER and
               not long_before(told.period, dct) for told in later)


def _story_day_before(ctx: Context) -> bool:
    """Whether a day near publication was told a few sentences before the old year the
    sentence before named ("collapsed at 11:36 a.m. Tuesday ... An engineer warned in 2016 that
    it needed replacing. Firefighters dug through the night"): the story is that day's, and the
    year only its background."""
    dct = ctx.dct
    return dct is not None and any(
        anchor.period.granularity in _DAY_OR_FINER and not long_before(anchor.period, dct)
        for anchor in ctx.earlier
        if ctx.sentence_index - anchor.sentence_index <= PAST_CLOCK_SENTENCES)


def _night_in_history(spec: Spec, ctx: Context) -> bool:
    """"Overnight" (the night before publication, or after it told ahead) told in the past just
    after a day long before publication: the night of that day ("opened on April 6, 1862 ...
    Reinforced overnight, Union forces counterattacked"), not the night before publication; so
    too just after a night told before the one before publication ("Frost struck on Tuesday
    night. The dahlias collapsed overnight"): that night."""
    previous = ctx.previous
    return spec.anchor == "dct" and spec.part_of_day == "NI" and \
        spec.fallback_offset is not None and ctx.tense is Tense.PAST and ctx.dct is not None \
        and previous is not None and ctx.sentence_index - previous.sentence_index <= 1 and \
        not previous.since and previous.period.granularity in _DAY_OR_FINER and (
            long_before(previous.period, ctx.dct) or (
                previous.period.value.endswith("TNI") and
                previous.period.start < dt.datetime.combine(ctx.dct, dt.time()) - dt.timedelta(days=1)))


def _night_ahead(spec: Spec, ctx: Context) -> bool:
    """"Overnight" told ahead just after a coming day (not the day of writing): the night of that
    day ("Voters go to the polls on Thursday ... Most constituencies will count overnight"), as a
    clock time told ahead is on that day (``_clock_on_day_ahead``), not the coming night. The
    day is after tomorrow: the night before tomorrow is the coming one ("Teams arrive tomorrow.
    Temperatures overnight will fall below freezing"); but a coming day told in its own sentence,
    or the clock times of it told there, is that day's, tomorrow too, and so in the present
    ("Polls are open tomorrow from 7am until 10pm, with results expected overnight")."""
    previous = ctx.previous
    if spec.anchor != "dct" or spec.part_of_day != "NI" or spec.fallback_offset is None or \
            ctx.dct is None or previous is None or previous.ends or \
            previous.period.granularity is not Granularity.DAY:
        return False
    days = (previous.period.start.date() - ctx.dct).days
    if previous.sentence_index == ctx.sentence_index and \
            ctx.tense in (Tense.FUTURE, Tense.PRESENT):
        return 1 <= days <= AHEAD_CLOCK_DAYS
    return ctx.tense is Tense.FUTURE and ctx.sentence_index - previous.sentence_index <= 1 and \
        1 < days <= AHEAD_CLOCK_DAYS


_DAY_OR_FINER = _FINER_THAN_A_DAY | {Granularity.DAY}


def _reference(spec: Spec, ctx: Context,
               anchor: Anchor | None) -> tuple[Period | None, int, str, str | None]:
    """The period an offset counts from (``anchor``, the usable one, else publication), the
    offset, how to say it, and the anchor id."""
    offset = spec.offset or 0
    if anchor is not None:
        return (_night_of(anchor.period), offset,
                f"the date mentioned before ({anchor.period.value})", anchor.expression_id)
    if spec.fallback_offset is not None:  # "the quarter", "through the night": one that is
        # over, unless the sentence looks ahead ("expects sales to rise in the quarter")
        offset = 0 if ctx.tense is Tense.FUTURE else spec.fallback_offset
    elif spec.unit is Unit.QUARTER and spec.anchor == "previous" and ctx.tense is Tense.PAST:
        offset = -1  # "loan demand improved late in the quarter": one that is over
    if ctx.dct is None:
        return None, offset, "publication", None
    if spec.offset_from_month is not None and ctx.dct.month < spec.offset_from_month:
        offset = 0  # "the laws that took effect with the new year", told in January
    if spec.year_begins_month is not None and ctx.dct.month < spec.year_begins_month:
        offset -= 1  # "this school year", told in the spring: the one begun last autumn
    reported = ""
    if spec.reported_until_month is not None and ctx.tense is Tense.PAST and \
            ctx.dct.month < spec.reported_until_month:
        offset -= 1  # "full-year profit fell", told in February: the year whose results are out
        reported = " (told in the past early in a year: the year just ended, whose results are out)"
    if spec.offset_from_weekday is not None and ctx.dct.isoweekday() < spec.offset_from_weekday:
        offset = 0  # "the week ahead", told on a Monday: the week just begun
    if spec.week_of_weekday is not None:
        offset = _weeks_to_weekday(spec, ctx.dct, ctx.tense)
    none_before = " (no fitting earlier date in the text)" if spec.anchor == "previous" else ""
    return cal.day_period(ctx.dct), offset, f"the publication date {ctx.dct}{none_before}{reported}", \
        "dct"


def _weeks_to_weekday(spec: Spec, dct: dt.date, tense: Tense) -> int:
    """Weeks from the publication week to the one holding ``spec.week_of_weekday``, that
    weekday chosen by the tense as a named weekday is (the middle of the week gone, told ahead,
    is next week's)."""
    step, _ = _weekday_choice(spec, tense)
    weekday = spec.week_of_weekday or dct.isoweekday()
    day = dct + dt.timedelta(days=step(weekday - dct.isoweekday()))
    return (day - (dct - dt.timedelta(days=dct.isoweekday() - 1))).days // 7


def _night_of(period: Period) -> Period:
    """The late part of a night ("late last night", narrowed past midnight) still belongs to
    the day the night is named for: "the night" told after it is that night, not the next.
    So does the midnight that ends a day ("midnight on June 5", T24:00): "the next morning"
    is June 6's."""
    if period.value.endswith("T24:00"):
        return cal.day_period(dt.date.fromisoformat(period.value[:10]))
    if not period.value.endswith("TNI") or period.start.date().isoformat() == period.value[:10]:
        return period
    return cal.part_of_day_period(dt.date.fromisoformat(period.value[:10]), "NI")


_KEPT: dict[str, Callable[[dt.date], Period]] = {
    "day": cal.day_period, "week": cal.week_period,
    "month": lambda day: cal.month_period(day.year, day.month),
    # "eighty years ago tomorrow": the day after (before) the publication day, so many years back
    "day after": lambda day: cal.day_period(day + dt.timedelta(days=1)),
    "day before": lambda day: cal.day_period(day - dt.timedelta(days=1)),
    # "sixty years ago next week": the week after (before) the publication's, so many years back
    "week after": lambda day: cal.week_period(day + dt.timedelta(days=7)),
    "week before": lambda day: cal.week_period(day - dt.timedelta(days=7)),
    # "seventy years ago next month": the month after (before) the publication's
    "month after": lambda day: cal.month_period(*cal.add_months(day.year, day.month, 1)),
    "month before": lambda day: cal.month_period(*cal.add_months(day.year, day.month, -1))}


def _season_years_back(spec: Spec, season: str, year: int, words: str,
                       anchor: str | None) -> Resolution:
    """'thirty years ago this fall': that season of the year so many years back."""
    if year < 1:
        return Resolution(_unknown_relative_value(Unit.YEAR), None, f"{words}; before year 1")
    return _with_time(spec, cal.season_period(year, season), f"{words}, the same season",
                      anchor or "")


_PER_DAY = {Unit.HOUR: 24, Unit.MINUTE: 24 * 60}


def _shift(period: Period, unit: Unit, offset: int, keep: bool = False) -> Period | None:
    """Shift a reference period by ``offset`` units; ``keep``: a year shift keeps the
    reference's own granularity ("a year earlier" than a quarter is that quarter a year before).
    """
    start = period.start.date()
    if unit is Unit.YEAR and period.granularity is Granularity.DECADE and offset % 10 == 0:
        return cal.decade_period(start.year // 10 + offset // 10)
    if keep and unit is Unit.YEAR and FINENESS[period.granularity] > FINENESS[Granularity.YEAR]:
        return _shift_years_keeping(period, offset)
    if unit in (Unit.DAY, Unit.HOUR, Unit.MINUTE):
        # whole days in a count of hours or minutes move the day ("48 hours ago" is two days
        # back); fewer leave it
        days = offset if unit is Unit.DAY else int(offset / _PER_DAY[unit])
        day = cal.shift_day(start, days)
        return None if day is None else cal.day_period(day)
    if unit is Unit.WEEK:
        return cal.week_period(start + dt.timedelta(weeks=offset))
    if unit is Unit.WEEKEND:
        if offset > 0 and start.isoweekday() <= 5 and (
                period.granularity is Granularity.DAY or period.granularity in _FINER_THAN_A_DAY):
            offset -= 1  # the weekend after a weekday is its own week's ("caught that Thursday,
            # and another arrested the following weekend": the Saturday two days on)
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
    if period.granularity is Granularity.WEEK:  # "a year earlier" than week 31: week 31 then
        iso_year, week, _ = start.isocalendar()
        return cal.week_period(dt.date.fromisocalendar(iso_year + years, min(week, 52), 1))
    if period.value.endswith("-WE"):  # "a year earlier" than a weekend: that week's weekend then
        iso_year, week, _ = start.isocalendar()
        return cal.weekend_period(dt.date.fromisocalendar(iso_year + years, min(week, 52), 1))
    leap_day = start.month == 2 and start.day == 29 and not _leap(year)
    return cal.day_period(dt.date(year, start.month, 28 if leap_day else start.day))


def _offset_words(unit: Unit, offset: int) -> str:
    name = _UNIT_NAMES[unit]
    if offset == 0:
        return f"the same {name} as"
    count = abs(offset)
    plural = name if count == 1 else name + "s"
    return f"{count} {plural} {'before' if offset < 0 else 'after'}"


def _unknown_relative_value(unit: Unit) -> str:
    return {Unit.YEAR: "XXXX", Unit.MONTH: "XXXX-XX", Unit.WEEK: "XXXX-WXX",
            Unit.QUARTER: "XXXX-QX", Unit.DECADE: "XXX", Unit.CENTURY: "XX"}.get(unit,
                                                                                "XXXX-XX-XX")


def _weekend_offset(spec: Spec, ctx: Context, dct: dt.date) -> tuple[int, str]:
    """Which weekend, in weeks from the publication week, and the reading."""
    in_weekend = dct.isoweekday() >= 6
    if spec.direction is Direction.LAST:
        return -1, "'last weekend': the one before the publication week's"
    if spec.direction is Direction.NEXT:
        if dct.isoweekday() >= 5:  # on a Friday the coming weekend is "this weekend"
            return 1, "'next weekend' from a Friday or a weekend: the one after this weekend"
        return 0, "'next weekend': the coming one"
    if spec.direction is Direction.TENSE and spec.offset == 1 and spec.anchor == "dct":
        # "the coming weekend" looks ahead whatever the tense ("warned that the coming weekend
        # is the most dangerous", written on a Monday): the next one not yet begun
        return (1 if in_weekend else 0), "'the coming weekend': the next one not yet begun"
    if spec.long_weekend and spec.direction is Direction.TENSE and dct.isoweekday() == 1 \
            and ctx.tense is not Tense.FUTURE:  # "will earn ... over the three-day weekend": ahead
        return -1, "'the long weekend' on a Monday: the one whose holiday Monday is today"
    if spec.of_event and ctx.tense is not Tense.FUTURE and dct.isoweekday() <= 2:
        # "crews are still clearing roads after the weekend snowstorm", on a Monday: an event
        # named by its weekend early in the week is the one just gone
        return -1, "a weekend naming an event, early in the week: the one just gone"
    if spec.direction is Direction.THIS and ctx.tense is Tense.PAST and dct.isoweekday() <= 2:
        return -1, "'this weekend' told in the past early in the week: the one just gone"
    if spec.direction is Direction.THIS or ctx.tense is not Tense.PAST or in_weekend:
        return 0, "the weekend of the publication week"
    return -1, "past tense: the weekend before the publication date"


_THURSDAY = 4  # ISO weekday from which a day is nearer the weekend after it


def _weekend_after_told_day(spec: Spec, ctx: Context, dct: dt.date) -> Anchor | None:
    """"will host dinner next Thursday, and they stay through the weekend": a bare weekend,
    not told in the past, after a day told ahead in the same sentence beyond the publication
    week's weekend (and within a fortnight) is that day's weekend, when the day is nearer it
    than the weekend before ("as early as Tuesday, though it might change over the weekend" is
    the weekend before that Tuesday)."""
    previous = ctx.previous
    if previous is None or previous.sentence_index != ctx.sentence_index \
            or spec.direction is not Direction.TENSE or spec.offset or spec.long_weekend \
            or spec.of_event or ctx.tense is Tense.PAST:
        return None
    period = previous.period
    if period.granularity is not Granularity.DAY or period.end - period.start > _ONE_DAY or \
            period.start.isoweekday() < _THURSDAY:
        return None
    first = cal.weekend_period(dct).end.date()
    return previous if first <= period.start.date() < first + dt.timedelta(weeks=1) else None


_STORY_WEEKEND_GAP = dt.timedelta(weeks=1)  # a told day this far before publication is the story's


def _weekend_of_story_day(spec: Spec, ctx: Context, dct: dt.date) -> Anchor | None:
    """"On Thursday, Sept. 18, ... worked through the weekend", written weeks later and not in
    the future tense: a bare weekend ending a stretch ("through", "until", "by") after a day of
    the story told in its sentence or the one before is that day's weekend, not the
    publication's (but "officials said over the weekend" is the weekend just gone)."""
    previous = ctx.previous
    if previous is None or not spec.span_end or ctx.tense is Tense.FUTURE or \
            spec.direction is not Direction.TENSE \
            or spec.offset or spec.long_weekend or spec.of_event or \
            ctx.sentence_index - previous.sentence_index > 1:
        return None
    period = previous.period
    if period.end - period.start > _ONE_DAY or \
            period.start.date() + _STORY_WEEKEND_GAP > cal.weekend_period(dct).start.date():
        return None
    return previous


def _resolve_weekend(spec: Spec, ctx: Context) -> Resolution:
    if ctx.dct is None:
        return Resolution("XXXX-WXX-WE", None, f"a weekend near publication; {NO_DCT}")
    if (story := _weekend_of_story_day(spec, ctx, ctx.dct)) is not None:
        period = cal.weekend_period(story.period.start.date())
        return Resolution(period.value, period, "the weekend of the day of the story told "
                                                "just before", story.expression_id)
    if spec.ago and spec.offset:  # "two weekends ago": counted back from the publication week's
        weeks, why = spec.offset, f"{-spec.offset} weekend(s) before the publication week's"
    elif (ahead := _weekend_after_told_day(spec, ctx, ctx.dct)) is not None:
        period = cal.weekend_period(ahead.period.start.date())
        return Resolution(period.value, period, "the weekend of a day told ahead in the same "
                                                "sentence", ahead.expression_id)
    else:
        weeks, why = _weekend_offset(spec, ctx, ctx.dct)
    period = cal.weekend_period(ctx.dct + dt.timedelta(weeks=weeks))
    return Resolution(period.value, period, f"{why} ({ctx.dct})", "dct")


def _weekday_from(spec: Spec, reference: Period | None, offset: int, ref_words: str,
                  anchor: str | None) -> Resolution:
    """"the previous Friday": the weekday before (or after) the reference day."""
    weekday = spec.weekday or 1
    name = cal.WEEKDAY_NAMES[weekday]
    when = "before" if offset < 0 else "after" if offset > 0 else "on or after"
    if reference is None:
        return Resolution(f"XXXX-WXX-{weekday}{_time_suffix(spec)}", None,
                          f"the {name} {when} an unknown date; {NO_DCT}")
    day = reference.start.date()
    delta = -((day.isoweekday() - weekday) % 7 or 7) if offset < 0 else \
        ((weekday - day.isoweekday()) % 7 or (7 if offset > 0 else 0))
    return _with_time(spec, cal.day_period(day + dt.timedelta(days=delta)),
                      f"the {name} {when} {ref_words}", anchor or "")  # "until 6am on Monday": its hour


def _time_suffix(spec: Spec) -> str:
    """The clock time or part of the day an unknown day keeps ("2:20 a.m." with no date:
    ``XXXX-XX-XXT02:20``)."""
    if spec.unit not in (None, Unit.DAY) or (spec.hour is None and spec.part_of_day is None):
        return ""
    if spec.hour is not None:
        return f"T{spec.hour:02d}:{spec.minute or 0:02d}"
    return f"T{spec.part_of_day}"


_PROXY_YEARS = 2400  # whole 400-year cycles of the calendar: a year before Christ moved this
# far forward has the same days and leap years, on a year ``datetime`` can hold


def _shifted_before_christ(anchor: BcDate, unit: Unit, offset: int
                           ) -> tuple[int, int | None, int | None] | None:
    """The (astronomical year, month, day) ``offset`` units after a date before Christ, to the
    anchor's own detail; None when the anchor is too coarse for the unit. Astronomical years
    have a year 0: 1 BC is 0, 44 BC is -43."""
    year = 1 - anchor.year
    if unit is Unit.YEAR:
        return year + offset, anchor.month, anchor.day
    if anchor.month is None or unit not in (Unit.MONTH, Unit.DAY):
        return None
    if unit is Unit.MONTH:
        months = year * 12 + anchor.month - 1 + offset
        return months // 12, months % 12 + 1, anchor.day
    if anchor.day is None:
        return None
    day = dt.date(year + _PROXY_YEARS, anchor.month, anchor.day) + dt.timedelta(days=offset)
    return day.year - _PROXY_YEARS, day.month, day.day


def _on_axis_or_before_christ(year: int, month: int | None, day: int | None, season: str | None,
                              words: str, expression_id: str) -> Resolution:
    """A date reckoned from one before Christ: kept as written ("BC0216-08-05") while still
    before year 1, or placed on the timeline again from AD 1 on."""
    if year >= 1:
        period = cal.day_period(dt.date(year, month, day)) if month and day else \
            cal.month_period(year, month) if month else \
            cal.season_period(year, season) if season else cal.year_period(year)
        return Resolution(period.value, period, f"{words}: {period.value}", expression_id)
    if 1 - year > 9999:  # a TIMEX3 year has four digits, as in "13,000 years ago"
        return Resolution("PAST_REF", None, f"unresolvable on the timeline: {words}, "
                          f"{1 - year:,} BC, further back than a TIMEX3 year can be written",
                          expression_id)
    value = f"BC{1 - year:04d}"
    granularity = Granularity.YEAR
    if month is not None:
        value, granularity = f"{value}-{month:02d}", Granularity.MONTH
        if day is not None:
            value, granularity = f"{value}-{day:02d}", Granularity.DAY
    elif season is not None:
        value, granularity = f"{value}-{season}", Granularity.SEASON
    return Resolution(value, None, f"unresolvable on the timeline: {words}, before year 1",
                      expression_id, granularity=granularity)


def _counted_from_before_christ(spec: Spec, anchor: BcDate) -> Resolution | None:
    """"Four years later" after 210 BC is 206 BC, "three days later" after 2 August 216 BC is
    5 August 216 BC, "that day" the day itself; there is no year 0, so a year after 1 BC is AD
    1, which has its place on the axis again. None for a unit finer than the date told."""
    unit, offset = spec.unit or Unit.DAY, spec.offset or 0
    words = _offset_words(unit, offset)
    if unit is Unit.WEEK and anchor.day is not None:
        # no ISO week is written before Christ: "three weeks later" after 26 August 55 BC is
        # the day three weeks on, 16 September 55 BC
        unit, offset = Unit.DAY, offset * 7
    shifted = _shifted_before_christ(anchor, unit, offset)
    if shifted is None:
        return None
    year, month, day = shifted
    if unit is Unit.YEAR:
        month = day = None
    elif unit is Unit.MONTH:
        day = None
    return _on_axis_or_before_christ(year, month, day, None, f"{words} "
                                     f"{_bc_words(anchor)}, the date mentioned before",
                                     anchor.expression_id)


def _bc_words(anchor: BcDate) -> str:
    """'2 August 216 BC'."""
    month = f"{cal.MONTH_NAMES[anchor.month]} " if anchor.month else ""
    day = f"{anchor.day} " if anchor.day and anchor.month else ""
    return f"{day}{month}{anchor.year} BC"


# the months of years further back than this are not told ("a city struck around 1200 BC ...
# the tests completed in May" is a May of the present): a month after such a year is not in it
_MONTHS_TOLD_BC = 1000


def _in_year_before_christ(spec: Spec, anchor: BcDate) -> Resolution | None:
    """A month, day or season with no year after a date before Christ: in its year ("218 BC.
    In December", "December of the same year"), or the first after it ("2 August 216 BC ... in
    March", "the following spring"); None for what is not so told."""
    start = spec.month or (cal.SEASON_START[spec.season] if spec.season else None)
    if start is None or (anchor.month is None and anchor.year > _MONTHS_TOLD_BC) or \
            spec.weekday is not None or spec.every_year or spec.indefinite or \
            spec.quarter is not None or spec.half is not None:
        return None
    year = 1 - anchor.year
    told = (anchor.month or 0, anchor.day or 0)
    if spec.unit is Unit.YEAR and spec.offset is not None and spec.anchor == "previous":
        year += spec.offset  # "December of the same year", "January of the following year"
        how = "in the year of"
    elif spec.unit is None and spec.offset is None and spec.direction is Direction.TENSE:
        later = (start, spec.day or 0) < told if spec.month else start < told[0]
        year += later  # the story goes on: "in December ... in March" is the March after
        how = "after" if later else "in the year of"
    elif spec.unit is None and spec.direction is Direction.NEXT and spec.anchor == "previous":
        year += start <= told[0] or anchor.month is None  # "the following spring"
        how = "the first after"
    else:
        return None
    return _on_axis_or_before_christ(year, spec.month, spec.day, spec.season,
                                     f"{_describe(spec)} {how} {_bc_words(anchor)}, the date "
                                     "mentioned before", anchor.expression_id)


EARLY_HOURS = 6  # "2:16 a.m." after "8 p.m. Tuesday": the small hours of Wednesday
_EVENING_HOUR = 18
_NOON = 12
# an "until" time so little before the one just told is a cutoff ahead of it that same day ("the
# drawing is at 11 p.m. ... tickets are sold until 10:45 p.m."), not the next day's
_CUTOFF_MINUTES = 120
# "until 1 a.m." after a day told: what runs that day goes on past its midnight (a later hour,
# "until 5 a.m.", may as well be that morning's)
_UNTIL_SMALL_HOURS = 4


def _past_midnight(spec: Spec, anchor: Anchor | None) -> bool:
    """A clock time in the small hours, or dawn, told after an evening time or a night of the
    story's day ("through the night ... at 5:20 a.m.", "by dawn"), or one earlier on the clock
    told after "until" ("left at 10 p.m. ... not until 9 a.m."): the story has gone past
    midnight."""
    small_hours = spec.part_of_day == "MO" if spec.hour is None else spec.hour < EARLY_HOURS
    if anchor is None or spec.anchor != "nearby" or spec.offset:
        return False
    period = anchor.period
    if anchor.late and period.granularity is Granularity.DAY:
        return small_hours  # "posted it late Friday ... wrote it at 2 a.m.": Saturday; so too
        # "struck late Saturday ... hospitals were overwhelmed by morning"
    if spec.until and spec.hour is not None and spec.hour < _UNTIL_SMALL_HOURS and \
            period.granularity is Granularity.DAY:
        return True  # "play the stadium on Saturday ... trains run until 1 a.m.": that night,
        # which ends in the small hours of Sunday
    if FINENESS[period.granularity] <= FINENESS[Granularity.DAY]:
        return False
    if period.value.endswith("T24:00"):
        return small_hours  # "expired at midnight Wednesday ... blasts at 2:40 a.m.": Thursday
    if spec.until and spec.hour is not None and spec.hour < period.start.hour and \
            not (spec.hour >= _NOON and period.value[-2:] in cal.PART_OF_DAY_HOURS) and \
            period.start.hour * 60 + period.start.minute - spec.hour * 60 - (spec.minute or 0) > \
            _CUTOFF_MINUTES:
        return True  # "left at 10 p.m. ... did not reach the top until 9 a.m.": the next morning
        # (but "the night of October 29 ... not sent until 8.12pm": that evening, the night's
        # start being no clock time)
    if spec.hour is not None and spec.hour <= _NOON and period.value.endswith("TNI"):
        return True  # "sometime overnight ... reported shortly after 7 a.m.", "crossed overnight
        # and is expected by midday": the day the night ran into (an afternoon hour may as well
        # be that of the day before, "worked overnight ... the funeral at 3 p.m.")
    if spec.hour is not None and small_hours and period.value.endswith("TAF"):
        return True  # "seized Wednesday afternoon ... touched down at 1:15 a.m.": Thursday
    return small_hours and period.start.hour >= _EVENING_HOUR


def _midnight_gone(spec: Spec, anchor: Anchor | None, ctx: Context) -> bool:
    """"The shutdown began at midnight", reported on the day it began: the midnight at the
    start of the publication day (the end of the day before, T24:00), not the one to come;
    so too when the day just named is the publication day ("DILI, May 20 - East Timor became
    a nation at midnight"): in the past tense, that day's own midnight has not come yet; and
    when the time just named is in the small hours or the morning of the publication day ("the
    shutdown began at 12:01 a.m. Saturday ... funding ran out at midnight", "died early this
    morning ... after a crash shortly after midnight"), the midnight just before it."""
    if spec.hour != 24 or spec.anchor != "nearby" or spec.offset != 0 or \
            ctx.tense is not Tense.PAST or spec.closes_evening:
        return False
    if anchor is None:
        return True
    period = anchor.period
    if ctx.dct is None or period.start.date() != ctx.dct or anchor.late:
        return False  # "late Friday ... shortly after midnight": the midnight ending Friday
    if period.value.endswith("T24:00"):
        # a midnight told just before, the one that began the publication day: that same midnight
        # ("Big Ben struck midnight ... the ball dropped in Times Square at midnight EST")
        return False
    return period.granularity is Granularity.DAY or \
        (FINENESS[period.granularity] > FINENESS[Granularity.DAY] and
         period.start.hour < _NOON)


def _midnight_of_new_year(spec: Spec, anchor: Anchor | None) -> bool:
    """A bare midnight told after New Year's Day ("servers stopped delivering mail on New Year's
    Day ... reports began shortly after midnight", "a leap second ... fail on New Year's Day. The
    second was inserted at midnight"): the stroke of the new year that began that day (T24:00 of
    Dec. 31), not the midnight ending it; not a midnight something runs until."""
    if spec.hour != 24 or spec.anchor != "nearby" or spec.offset != 0 or \
            spec.closes_evening or spec.until or anchor is None or anchor.late:
        return False
    period = anchor.period
    return period.granularity is Granularity.DAY and period.start.month == 1 and \
        period.start.day == 1


# a time of night before this hour is still the night the midnight before it opened ("died at
# 3:05 a.m."), one after it the start of a day that runs on to its own midnight ("the procession
# began at 4:41 a.m. ... hoped to finish before midnight")
_DEEP_NIGHT_HOURS = 4


def _midnight_before_small_hours(spec: Spec, anchor: Anchor | None) -> bool:
    """A bare midnight told after a clock time in the small hours of a day ("died at 3:05 a.m.
    ... an argument that began shortly before midnight", "the crash at 1:40 a.m. ... drinking
    since midnight"): the midnight just before that time, which began its day, not
    the one that ends it nearly a day later."""
    if spec.hour != 24 or spec.anchor != "nearby" or spec.offset != 0 or \
            spec.closes_evening or spec.until or anchor is None or anchor.late:
        return False
    period = anchor.period
    if FINENESS[period.granularity] <= FINENESS[Granularity.DAY] or \
            period.value.endswith("T24:00") or period.value[-2:] in cal.PART_OF_DAY_HOURS:
        return False
    return 0 < period.start.hour * 60 + period.start.minute < _DEEP_NIGHT_HOURS * 60


def _nearest_weekday(day: dt.date, weekday: int) -> dt.date:
    """The day of ISO ``weekday`` nearest ``day``: up to three days before or after it."""
    ahead = (weekday - day.isoweekday()) % 7
    return day + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)


def _nowadays(spec: Spec, ctx: Context) -> bool:
    """Whether "Today," opening a sentence is the present in general: told in the present
    tense within two sentences after (or in the one with) a date at least two years before
    publication ("In 1973 the river flooded the church. Today, the church is gone"; so too with
    an undated sentence between), not the publication day."""
    if not spec.opening or ctx.tense is not Tense.PRESENT or ctx.previous is None or \
            ctx.dct is None or spec.mod is not None:
        return False
    previous = ctx.previous
    return ctx.sentence_index - previous.sentence_index <= 2 and \
        previous.period.end <= dt.datetime(ctx.dct.year - 1, 1, 1)  # ends by the year before last


def _resolve_relative(spec: Spec, ctx: Context) -> Resolution:
    unit = spec.unit or Unit.DAY
    if unit is Unit.WEEKEND and spec.anchor == "dct":
        return _resolve_weekend(spec, ctx)
    if spec.offset is None and spec.year is not None and spec.granularity in _KEPT:
        if ctx.dct is None:  # "this day in 1969" with no publication date: that year
            return _with_time(spec, cal.year_period(spec.year), f"{spec.year}, as written; "
                              f"the day is the publication's, which is unknown", "")
        spec = spec.model_copy(update={"offset": spec.year - ctx.dct.year})  # "this day in 1969"
    if spec.offset is None:
        return Resolution("PAST_REF", None, "an unspecified number of units: a vague reference")
    if spec.quarter is not None and usable_anchor(spec, ctx) is None:
        # "the quarter ended July 31" with no quarter mentioned just before: the calendar one
        return _resolve_date(spec.model_copy(update={"kind": SpecKind.DATE, "unit": None,
                                                     "offset": None, "anchor": "dct"}), ctx)
    fitting = usable_anchor(spec, ctx)
    if fitting is None and ctx.before_christ is not None and spec.anchor in ("previous", "related"):
        counted = _counted_from_before_christ(spec, ctx.before_christ)
        if counted is not None:
            return counted
    coarse = coarse_anchor(spec, ctx) if fitting is None else None
    if coarse is not None:
        return _from_coarse(spec, coarse)
    if _nowadays(spec, ctx):
        return Resolution("PRESENT_REF", None, "today, told in the present just after a date "
                          "years before publication: nowadays, not the publication day")
    if spec.compared and ctx.tense is Tense.PAST:
        return Resolution("PRESENT_REF", None, "today, set against a time told in the past "
                          "(\"lower than today\"): nowadays, not the publication day")
    historical = _time_in_history(spec, ctx) if fitting is None else None
    if historical is not None:
        return historical
    if fitting is None and (_night_in_history(spec, ctx) or _night_ahead(spec, ctx)):
        # the night of the day told, as "through the night" is
        return _resolve_relative(spec.model_copy(update={"anchor": "nearby", "offset": 0}), ctx)
    reference, offset, ref_words, anchor = _reference(spec, ctx, fitting)
    if fitting is None and spec.anchor == "previous" and offset > 0 and \
            ctx.tense is Tense.PAST and anchor == "dct":
        # "Nearly four decades later, police made an arrest" with no date told before: so long
        # after a time the text does not date, and already past; not so long after publication
        return Resolution("PAST_REF", None, f"{_offset_words(unit, offset)} a time the text "
                          "does not date, told in the past: some time before publication")
    if fitting is None and spec.from_day_dated and offset > 0 and anchor == "dct" and \
            ctx.tense in (Tense.FUTURE, Tense.PRESENT) and spec.part_of_day is None:
        # "must stay home until midnight on the 14th day", "can test out on the fifth day": a
        # day counted from a first day the text does not date (each traveller's arrival), told
        # as a rule or a plan; not so many days after publication
        clock = f"T{spec.hour:02d}:{spec.minute or 0:02d}" if spec.hour is not None else ""
        return Resolution(f"XXXX-XX-XX{clock}", None, f"{_offset_words(unit, offset)} a first "
                          "day the text does not date, told ahead: a day of no known date")
    if fitting is None and spec.anchor == "previous" and offset > 0 and unit is Unit.YEAR and \
            ctx.tense in (Tense.PRESENT, Tense.NONE) and anchor == "dct":
        # "At 15 he left school. Three decades later, his company is worth $2 billion": years
        # after a time the text does not date, told in the present: now, as "A decade on"; so
        # too with a verb no list names ("Now, five decades later, I still keep her letters"),
        # never so many years after publication
        offset, ref_words = 0, f"{ref_words}, years after an undated time, told in the present: now"
    if _past_midnight(spec, fitting) and not spec.since and not (
            # (nor into the day after publication, told in the past: "conceded Wednesday
            # afternoon ... had told supporters at 2:30 a.m." on a Wednesday is that day's
            # small hours, Thursday's being still to come)
            ctx.tense is Tense.PAST and ctx.dct is not None and reference is not None and
            reference.start.date() >= ctx.dct):
        # (but "that night ... had been working since 6 a.m.": a state begun earlier that day)
        night = "'until' an hour earlier on the clock" if spec.until and fitting is not None and \
            spec.hour is not None and spec.hour < fitting.period.start.hour else "the night before"
        if fitting is not None and fitting.period.value.endswith("T24:00"):
            offset, ref_words = offset + 1, f"{ref_words}: the small hours after that midnight"
        else:
            offset, ref_words = offset + 1, f"{ref_words}, {night}: past midnight"
    elif _midnight_before_small_hours(spec, fitting):
        offset, ref_words = -1, f"{ref_words}: the midnight just before those small hours"
    elif _midnight_gone(spec, fitting, ctx):
        offset, ref_words = -1, f"{ref_words}: past tense, the midnight that began the publication day"
    elif _midnight_of_new_year(spec, fitting):
        offset, ref_words = -1, f"{ref_words}: the midnight the new year began at"
    if spec.weekday is not None and spec.granularity == "day":
        # "ten years ago Saturday": the Saturday nearest publication, so many years back
        if reference is not None:
            reference = cal.day_period(_nearest_weekday(reference.start.date(), spec.weekday))
            ref_words = f"{ref_words}, the nearest {cal.WEEKDAY_NAMES[spec.weekday]}"
    elif spec.weekday is not None:
        if fitting is None and anchor == "dct" and offset == 0 and reference is not None and \
                ctx.tense is Tense.PAST:
            # "Regulators met that Sunday night" with no date told before: the last Sunday on or
            # before publication, as a bare weekday told in the past is
            reference, offset = cal.day_period(reference.start.date() + dt.timedelta(days=1)), -1
            ref_words = f"{ref_words}, told in the past: on or before it"
        return _weekday_from(spec, reference, offset, ref_words, anchor)
    words = f"{_offset_words(unit, offset)} {ref_words}"
    if reference is None and unit is Unit.DAY and offset == 0 and spec.anchor == "dct" and \
            spec.hour is None and spec.part_of_day is None and \
            ctx.tense in (Tense.PRESENT, Tense.NONE):  # "Today, the site is a museum"
        # told in the past or the future ("He resigned today") it is the unknown day itself
        return Resolution("PRESENT_REF", None, f"today: the present of the writer; {NO_DCT}")
    if reference is None:
        return Resolution(_unknown_relative_value(unit) + _time_suffix(spec), None,
                          f"{words}; {NO_DCT}")
    keep = spec.anchor in ("comparable", "related", "nearby") and anchor not in (None, "dct")
    if spec.granularity == "season" and spec.season is not None and unit is Unit.YEAR:
        return _season_years_back(spec, spec.season, reference.start.year + offset, words, anchor)
    if spec.granularity in _KEPT:  # "fifty years ago today": that day, so many years before
        period = _shift_years_keeping(reference, offset) if unit is Unit.YEAR else None
        if period is not None:
            period = _KEPT[spec.granularity](period.start.date())
            words = f"{words}, the {spec.granularity}" if " " in spec.granularity else \
                f"{words}, the same {spec.granularity}"
        return _with_time(spec, period, words, anchor or "") if period is not None else \
            Resolution(_unknown_relative_value(unit), None, f"{words}; {NO_DCT}")
    if spec.weekdays_only and unit is Unit.DAY and offset:
        offset = _weekdays_on(reference.start.date(), offset)
        words = f"{words}, weekends skipped"
    period = _shift(reference, unit, offset, keep)
    if period is not None and spec.granularity == "weekend" and \
            not period.value.endswith("-WE"):  # "Saturday's crowd ... the same weekend a year
        period = cal.weekend_period(period.start.date())  # ago": that day's weekend, then
    if period is not None and spec.granularity == "quarter" and \
            FINENESS[period.granularity] > FINENESS[Granularity.QUARTER]:
        start = period.start
        period = cal.quarter_period(start.year, (start.month - 1) // 3 + 1)
    if period is None:
        return Resolution(_unknown_relative_value(unit), None,
                          f"unresolvable: {words} falls outside the years 1-9999 a calendar "
                          "can show")
    return _with_time(spec, period, words, anchor or "")


def _weekdays_on(start: dt.date, offset: int) -> int:
    """The calendar days from ``start`` to the day so many weekdays on (or back) from it:
    four business days after a Thursday is the Wednesday, six days on."""
    step, weeks = (1 if offset > 0 else -1), (abs(offset) - 1) // 5
    day, rest = start + dt.timedelta(weeks=weeks * step), abs(offset) - weeks * 5  # a week
    while rest:  # holds five weekdays wherever it starts; the rest, one to five, a day at a time
        day += dt.timedelta(days=step)
        rest -= day.weekday() < 5
    return (day - start).days


_RESOLVERS: dict[SpecKind, Callable[[Spec, Context], Resolution]] = {
    SpecKind.DATE: _resolve_date,
    SpecKind.RELATIVE: _resolve_relative,
    SpecKind.WEEKDAY: _resolve_weekday,
    SpecKind.DURATION: _resolve_fixed,
    SpecKind.SET: _resolve_fixed,
    SpecKind.REF: _resolve_ref,
}
