"""Reading a publication date written by a person or a machine.

``parse_publication_date`` is used for ``--dct`` and for every date field the readers meet
(front matter, HTML metadata, sidecars, corpus columns). It accepts the forms in ``DATE_FORMS``
(each with examples the tests run) and, as a last resort, what dateparser reads as an absolute
date with day, month and year all written. It never fills a missing part from today: a date
without a year, month or day is an error, as is an impossible one ("2021-02-30").

A datetime with a zone ("2021-12-09T23:30:00-05:00") gives the date *as written* (2021-12-09):
the calendar day the publisher printed, which is what a reader of the article counts "yesterday"
from; converting to UTC would move late-evening articles to the next day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from timeline_app.core.errors import PublicationDateError

MONTHS: dict[str, int] = {
    name: number
    for number in range(1, 13)
    for name in {
        calendar.month_name[number].lower(),
        calendar.month_abbr[number].lower(),
    }
} | {"sept": 9}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_TIME_TAIL = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?"


@dataclass(frozen=True)
class DateForm:
    """One written form of a full date: a named pattern and examples it must read."""

    id: str
    pattern: re.Pattern[str]
    examples: tuple[tuple[str, dt.date], ...]


def _form(form_id: str, regex: str, *examples: tuple[str, dt.date]) -> DateForm:
    return DateForm(form_id, re.compile(r"\s*" + regex + r"\s*", re.IGNORECASE), examples)


DATE_FORMS: tuple[DateForm, ...] = (
    _form(
        "iso",
        r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})" + _TIME_TAIL,
        ("2021-12-09", dt.date(2021, 12, 9)),
        ("2021-12-09T23:30:00-05:00", dt.date(2021, 12, 9)),
        ("2021-12-09 08:15:00Z", dt.date(2021, 12, 9)),
        ("2021-12-09T10:00:00.123+0100", dt.date(2021, 12, 9)),
    ),
    _form(
        "compact",  # TimeML DCT style
        r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?:T?\d{2}(?:\d{2}(?:\d{2})?)?)?",
        ("20211209", dt.date(2021, 12, 9)),
        ("19980206T1200", dt.date(1998, 2, 6)),
    ),
    _form(
        "year-slash",
        r"(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})" + _TIME_TAIL,
        ("2021/12/09", dt.date(2021, 12, 9)),
    ),
    _form(
        "month-day-year",
        _WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r",?" + _TIME_TAIL,
        ("Dec. 9, 2021", dt.date(2021, 12, 9)),
        ("December 9 2021", dt.date(2021, 12, 9)),
        ("Thursday, December 9th, 2021", dt.date(2021, 12, 9)),
        ("Sept. 1, 1998", dt.date(1998, 9, 1)),
    ),
    _form(
        "day-month-year",
        _WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r",?" + _TIME_TAIL,
        ("9 December 2021", dt.date(2021, 12, 9)),
        ("Thu, 9 Dec 2021 10:00:00 GMT", dt.date(2021, 12, 9)),
        ("9th of December, 2021", dt.date(2021, 12, 9)),
    ),
)

_NUMERIC_AMBIGUOUS = re.compile(r"\s*(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})\s*")
_MAX_LENGTH = 100
_HOW_TO = "write it as YYYY-MM-DD, e.g. 2021-12-09"


def parse_publication_date(value: str) -> dt.date:
    """Read a full calendar date from ``value`` or raise ``PublicationDateError`` saying why."""
    text = value.strip()
    if not text:
        raise PublicationDateError(f"the publication date is empty; {_HOW_TO}")
    if len(text) > _MAX_LENGTH:
        raise PublicationDateError(f"'{text[:40]}...' is too long to be a date; {_HOW_TO}")
    for form in DATE_FORMS:
        match = form.pattern.fullmatch(text)
        if match:
            return _build_date(text, match["year"], match["month"], match["day"])
    numeric = _NUMERIC_AMBIGUOUS.fullmatch(text)
    if numeric:
        return _numeric_date(text, numeric)
    _reject_partial(text)
    return _loose_date(text)


_NO_YEAR = re.compile(
    _WEEKDAY
    + r"(?:"
    + _MONTH
    + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH.replace("month", "month2")
    + r")\s*",
    re.IGNORECASE,
)
_NO_DAY = re.compile(_MONTH + r",?\s+\d{4}|\d{4}(?:-\d{1,2})?", re.IGNORECASE)


def _reject_partial(text: str) -> None:
    """A date missing its year or day is an error, never completed from today."""
    if _NO_YEAR.fullmatch(text):
        raise PublicationDateError(f"'{text}' has no year; {_HOW_TO}")
    if _NO_DAY.fullmatch(text):
        raise PublicationDateError(f"'{text}' has no day; {_HOW_TO}")


def _month_number(month: str) -> int:
    if month.isdigit():
        return int(month)
    return MONTHS[month.lower().rstrip(".")]


def _build_date(text: str, year: str, month: str, day: str) -> dt.date:
    y, m, d = int(year), _month_number(month), int(day)
    if not 1 <= y <= 9999:
        raise PublicationDateError(f"'{text}': year {y} is out of range 1-9999")
    if not 1 <= m <= 12:
        raise PublicationDateError(f"'{text}' is not a real date: there is no month {m}")
    last_day = calendar.monthrange(y, m)[1]
    if not 1 <= d <= last_day:
        raise PublicationDateError(
            f"'{text}' is not a real date: {calendar.month_name[m]} {y} has {last_day} days"
        )
    return dt.date(y, m, d)


def _numeric_date(text: str, match: re.Match[str]) -> dt.date:
    a, b = int(match["a"]), int(match["b"])
    if a > 12 >= b:
        return _build_date(text, match["year"], str(b), str(a))
    if b > 12 >= a:
        return _build_date(text, match["year"], str(a), str(b))
    if a == b:
        return _build_date(text, match["year"], str(a), str(b))
    raise PublicationDateError(f"'{text}' is ambiguous (day/month or month/day?); {_HOW_TO}")


def _loose_date(text: str) -> dt.date:
    """Last resort: dateparser, absolute dates only, every part written, no today."""
    import dateparser  # type: ignore[import-untyped]  # ~0.2 s: only for the loose forms

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["absolute-time"],
        "STRICT_PARSING": True,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "RELATIVE_BASE": dt.datetime(1, 1, 1),
    }
    parsed: dt.datetime | None = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        raise PublicationDateError(
            f"cannot read '{text}' as a full date (day, month and year); {_HOW_TO}"
        )
    return parsed.date()
