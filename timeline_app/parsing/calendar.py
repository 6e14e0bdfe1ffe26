"""Calendar periods: their TIMEX3 values and ``[start, end)`` intervals."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from timeline_app.core.models import Granularity
from timeline_app.core.resources import resource_path

WEEKDAY_NAMES = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PART_OF_DAY_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
PART_OF_DAY_HOURS = {"MO": (6, 12), "AF": (12, 18), "EV": (18, 22), "NI": (21, 30)}


@dataclass(frozen=True)
class Period:
    """A resolved calendar period: TIMEX3 value, granularity and interval."""

    value: str
    granularity: Granularity
    start: dt.datetime
    end: dt.datetime


def _at(day: dt.date, hour: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day) + dt.timedelta(hours=hour)


GREGORIAN_FROM = 1583  # the first full year of the Gregorian calendar


def easter(year: int) -> dt.date:
    """Easter Sunday: before 1583 by the Julian reckoning, written as the texts of the time
    write their dates (Julian); from 1583 by the Gregorian (the anonymous algorithm)."""
    if year < GREGORIAN_FROM:
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        month = (d + e + 114) // 31
        return dt.date(year, month, (d + e + 114) % 31 + 1)
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


FEAST_TABLES = ("lunisolar.toml", "feasts.toml")  # in resources/calendars


@lru_cache(maxsize=1)
def _feast_tables() -> dict[str, dict[str, Any]]:
    feasts: dict[str, dict[str, Any]] = {}
    for name in FEAST_TABLES:
        with resource_path("calendars", name).open("rb") as handle:
            feasts.update(tomllib.load(handle)["feast"])
    return feasts


@lru_cache(maxsize=1)
def _lunisolar_feasts() -> dict[str, tuple[int, tuple[str, ...]]]:
    return {key: (feast["first_year"], tuple(feast["dates"]))
            for key, feast in _feast_tables().items()}


def feast_about(key: str) -> str:
    """What a tabled feast is, as its table says ("Yom Kippur: 10 Tishrei")."""
    return str(_feast_tables()[key.removesuffix("_eve")]["about"])


def feast_name(key: str) -> str:
    """A tabled feast's name, the start of what its table says ("Yom Kippur")."""
    return feast_about(key).split(":")[0].split(", as ")[0]


def lunisolar_feast(key: str, year: int) -> dt.date:
    """The Gregorian date of a feast of the Chinese calendar ("spring_festival", "mid_autumn")
    in ``year``, or of the eve before it ("spring_festival_eve": lunar New Year's Eve, always
    in the same Gregorian year); ValueError outside the years tabled in
    resources/calendars/lunisolar.toml."""
    if key.endswith("_eve"):
        return lunisolar_feast(key.removesuffix("_eve"), year) - dt.timedelta(days=1)
    first, dates = _lunisolar_feasts()[key]
    if not 0 <= year - first < len(dates):
        raise ValueError(f"no date for {key} in {year}")
    # an Islamic feast falling twice in a year ("01-07/12-26"): its first
    month, day = dates[year - first].split("/")[0].split("-")
    return dt.date(year, int(month), int(day))


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


@lru_cache(maxsize=64)  # periods are immutable; text dwells on a few days at a time
def day_period(day: dt.date) -> Period:
    return Period(day.isoformat(), Granularity.DAY, _at(day), _at(day) + dt.timedelta(days=1))


def month_period(year: int, month: int) -> Period:
    next_year, next_month = add_months(year, month, 1)
    return Period(f"{year:04d}-{month:02d}", Granularity.MONTH, dt.datetime(year, month, 1),
                  dt.datetime(next_year, next_month, 1))


def year_period(year: int) -> Period:
    return Period(f"{year:04d}", Granularity.YEAR, dt.datetime(year, 1, 1),
                  dt.datetime(year + 1, 1, 1))


def quarter_period(year: int, quarter: int) -> Period:
    start_month = 3 * (quarter - 1) + 1
    end_year, end_month = add_months(year, start_month, 3)
    return Period(f"{year:04d}-Q{quarter}", Granularity.QUARTER,
                  dt.datetime(year, start_month, 1), dt.datetime(end_year, end_month, 1))


def half_period(year: int, half: int) -> Period:
    start_month = 1 if half == 1 else 7
    end = dt.datetime(year, 7, 1) if half == 1 else dt.datetime(year + 1, 1, 1)
    return Period(f"{year:04d}-H{half}", Granularity.HALF, dt.datetime(year, start_month, 1), end)


# a school's spring semester or term runs from January to May, its autumn one from August to
# December: (first month, months)
SCHOOL_TERM_MONTHS = {"SP": (1, 5), "FA": (8, 5)}


def season_period(year: int, season: str, school_term: bool = False) -> Period:
    """Meteorological seasons; winter YYYY-WI runs from December YYYY to February YYYY+1. A
    school term named by its season spans the term's months where they differ."""
    start_month, months = SCHOOL_TERM_MONTHS.get(season, (SEASON_START[season], 3)) \
        if school_term else (SEASON_START[season], 3)
    end_year, end_month = add_months(year, start_month, months)
    return Period(f"{year:04d}-{season}", Granularity.SEASON, dt.datetime(year, start_month, 1),
                  dt.datetime(end_year, end_month, 1))


LEAP_DAY = (2, 29)  # month and day of the day only leap years have


def week_period(day: dt.date) -> Period:
    iso_year, week, weekday = day.isocalendar()
    monday = day - dt.timedelta(days=weekday - 1)
    return Period(f"{iso_year:04d}-W{week:02d}", Granularity.WEEK, _at(monday),
                  _at(monday + dt.timedelta(days=7)))


def week_ended_period(day: dt.date) -> Period:
    """The week that the seven days ending on ``day`` mostly fall in: the one holding their
    middle day ("the week ending Monday" is the week before that Monday's, "ending Friday" its
    own)."""
    return week_period(day - dt.timedelta(days=3))


def weekend_period(day: dt.date) -> Period:
    week = week_period(day)
    saturday = week.start + dt.timedelta(days=5)
    return Period(week.value + "-WE", Granularity.DAY, saturday, week.end)


def decade_period(decade: int) -> Period:
    return Period(f"{decade:03d}", Granularity.DECADE, dt.datetime(max(decade * 10, 1), 1, 1),
                  dt.datetime(decade * 10 + 10, 1, 1))


def century_period(century: int) -> Period:
    return Period(f"{century:02d}", Granularity.CENTURY,
                  dt.datetime(max(century * 100, 1), 1, 1), dt.datetime(century * 100 + 100, 1, 1))


@lru_cache(maxsize=64)  # periods are immutable; text dwells on a few days at a time
def part_of_day_period(day: dt.date, part: str) -> Period:
    first, last = PART_OF_DAY_HOURS[part]
    return Period(f"{day.isoformat()}T{part}", Granularity.PART_OF_DAY, _at(day, first),
                  _at(day, last))


@lru_cache(maxsize=64)  # periods are immutable; text dwells on a few days at a time
def time_period(day: dt.date, hour: int, minute: int, second: int | None = None) -> Period:
    start = _at(day) + dt.timedelta(hours=hour, minutes=minute)
    if second is not None:  # a timestamp written to the second keeps its precision
        start += dt.timedelta(seconds=second)
        return Period(f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}",
                      Granularity.SECOND, start, start + dt.timedelta(seconds=1))
    return Period(f"{day.isoformat()}T{hour:02d}:{minute:02d}", Granularity.MINUTE, start,
                  start + dt.timedelta(minutes=1))


def narrow(period: Period, mod: str | None) -> Period:
    """The early / middle / late third of a period for mod START / MID / END."""
    thirds = {"START": 0, "MID": 1, "END": 2}
    if mod not in thirds:
        return period
    third = (period.end - period.start) / 3
    start = period.start + third * thirds[mod]
    start = start.replace(hour=0, minute=0, second=0, microsecond=0) if third.days else start
    end = period.end if mod == "END" else (period.start + third * (thirds[mod] + 1))
    end = end.replace(hour=0, minute=0, second=0, microsecond=0) if third.days else end
    return Period(period.value, period.granularity, start, end if end > start else period.end)


def shift_day(day: dt.date, days: int) -> dt.date | None:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None
