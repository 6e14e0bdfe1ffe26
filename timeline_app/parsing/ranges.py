"""Ranges written with the date once.

Days: "March 21-22", "from June 6 to 8", "13-14 December", "between 3 and 12 May 1916". The
rules find the end that carries the month; the other end is a bare number no rule can safely
take ("a 3-2 win"). Next to a day the rules found, it is the other day of the range: an
expression of its own, with the month (and year) of the one found.

Years: "from 431 to 404 BC", "415\u2013413 BC", "AD 60 or 61". The era written once holds for both
years; the bare one is a year of that era.

Times: "from 8am to 8pm on Friday", "between 9 and 11 a.m. Tuesday". The first time has no day
of its own; it takes the day written with the second.

Two dates without a year, "moved from April 15 to July 15", "from Dec. 20 to Jan. 5": the
second comes after the first, so it is the first such day after it, whatever the tense says.
"""

from __future__ import annotations

import re

from timeline_app.core.models import Tense, TimexType
from timeline_app.parsing.cues import Cues, cued
from timeline_app.parsing.recognizer import Match
from timeline_app.parsing.spec import Direction, Spec, SpecKind, Unit
from timeline_app.parsing.tense import markers

RANGE_END = "range_end_day"
RANGE_START = "range_start_day"
_JOIN = r"\s*(?:-|\u2013|to|and|through|until|till)\s*"
# not a figure after the date ("2.5 percent on Jan. 1 and 3 percent in 2018")
_AFTER = re.compile(_JOIN + r"(?P<day>[12]?[0-9]|3[01])(?:st|nd|rd|th)?"
                    r"(?![\w%]|[.,:/-]\d|\s+(?:percent|per\s+cent|percentage|people|points)\b)")
_BEFORE = re.compile(r"(?<![\w.,:/-])(?P<day>[12]?[0-9]|3[01])(?P<suffix>st|nd|rd|th)?" + _JOIN
                     + r"$")
# the earlier days of a list that shares its month: "on 17th, 19th and 21st September"
_LIST_BEFORE = re.compile(r"(?<![\w.,:/-])(?P<day>[12]?[0-9]|3[01])(?P<suffix>st|nd|rd|th)?,\s*$")
# the later days of a list after a month-day date: "June 21, 23 and 25" (closed by "and" or
# "or", so a count after a date is no day: "on June 21, 23 people were hurt")
_LIST_AFTER = re.compile(r",\s*(?P<day>[12]?[0-9]|3[01])(?:st|nd|rd|th)?(?=,\s*\d|,?\s+(?:and|or)\s)")
_LIST_LAST = re.compile(r",?\s+(?:and|or)\s+(?P<day>[12]?[0-9]|3[01])(?:st|nd|rd|th)?"
                        r"(?![\w%]|[.,:/-]\d|\s+(?:percent|per\s+cent|people|points|of)\b)")
_LOOK_BEFORE = 16  # characters before a day-month date where its range's first day can be
# the year after the second day of a list, which both days share: "February 10 and 17, 2011"
_SHARED_YEAR = re.compile(r",?\s+(?P<year>[12][0-9]{3})")
# the join between two clock times, which may leave the second one approximate ("from 9 a.m.
# until about 3 p.m. Thursday", "between 10 and around 11 p.m.")
_TIME_JOIN = re.compile(r"\s*(?:-|\u2013|to|and|until|till)\s*"
                        r"(?:(?:about|around|approximately|roughly)\s+)?", re.IGNORECASE)

RANGE_START_YEAR = "range_start_year"
RANGE_END_YEAR = "range_end_year"
_YEAR_JOIN = r"\s*(?:-|\u2013|to|and|or|until|till)\s*"
_ERA = re.compile(r"(?:B\.?\s?C|A\.?\s?D|C\.?\s?E)\b\.?")
_YEAR_BEFORE = re.compile(r"(?<![\w.,:/$\u00a3\u20ac-])(?P<year>[1-9][0-9]{0,3})" + _YEAR_JOIN + r"$")
# the year after "AD 60": ends the sentence or a clause, not a count ("AD 60 and 70 ships")
_YEAR_AFTER = re.compile(_YEAR_JOIN + r"(?P<year>[1-9][0-9]{0,3})(?=\s*(?:[,.;:)]|$)|\s+(?:when|"
                         r"while|the|in|at|by|he|she|it|they|his|her|their)\b|\s+[A-Z])")
_LOOK_BEFORE_YEAR = 12


def with_range_days(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with the other day of each day range added, in text order."""
    added: list[Match] = []
    shared: dict[int, int] = {}  # index of a year that the two days of a list share -> year
    nights: dict[int, Match] = {}  # index of a date -> itself widened over its night's next day
    for index, match in enumerate(matches):
        spec = match.spec
        if spec.kind is not SpecKind.DATE or spec.month is None or spec.day is None \
                or spec.hour is not None or spec.nth is not None:
            continue
        following = matches[index + 1].start if index + 1 < len(matches) else len(text)
        preceding = matches[index - 1].end if index else 0
        ends_with_day = text[match.end - 1:match.end].isalnum()  # "March 21", not "21 March"
        after = _AFTER.match(text, match.end, following) if ends_with_day else None
        listed: list[re.Match[str]] = []
        if after is None and ends_with_day and text.startswith(",", match.end):
            listed, after = _listed_after(text, match.end, following, spec.day)
        if after is not None and _a_night_into(text, match, after, spec):
            nights[index] = match._replace(end=after.end())  # "the night of Nov. 14-15": one
            continue  # night across midnight, that of its first day, not a range of two days
        if after is not None and int(after["day"]) > spec.day:
            end, update = after.end(), {"day": int(after["day"]), "range_other": True}
            year = _shared_year(text, matches, index + 1, after.end())
            if year is not None and spec.year in (None, year):
                shared[index + 1] = year
                end, update["year"] = matches[index + 1].end, year
            other = spec.model_copy(update=update)
            added.append(Match(after.start("day"), end, RANGE_END, other))
            added.extend(Match(m.start("day"), m.end(), RANGE_START, spec.model_copy(
                update={"day": int(m["day"]), "year": update.get("year", spec.year)}))
                for m in listed)
        before = _BEFORE.search(text, max(preceding, match.start - _LOOK_BEFORE), match.start) \
            if text[match.start].isdigit() else None  # "21 March", not "March 21"
        if before is not None and int(before["day"]) < spec.day and \
                not _a_night_across(text, before, spec):
            added.extend(_list_days(text, preceding, before, spec))
    if nights:
        matches = [nights.get(i, m) for i, m in enumerate(matches)]
    if not added:
        return matches
    if shared:  # the first day takes the year too, which no longer stands on its own
        kept = [m if i + 1 not in shared else
                m._replace(spec=m.spec.model_copy(update={"year": shared[i + 1]}))
                for i, m in enumerate(matches) if i not in shared]
        return sorted(kept + added, key=lambda m: m.start)
    return sorted(matches + added, key=lambda m: m.start)


def _listed_after(text: str, at: int, stop: int,
                  day: int) -> tuple[list[re.Match[str]], re.Match[str] | None]:
    """The middle days and the last of a list after a month-day date ("June 21, 23 and 25"),
    each later than the one before; none unless "and" or "or" closes the list."""
    listed: list[re.Match[str]] = []
    current = _LIST_AFTER.match(text, at, stop)
    while current is not None and int(current["day"]) > day:
        listed.append(current)
        day, at = int(current["day"]), current.end()
        current = _LIST_AFTER.match(text, at, stop)
    last = _LIST_LAST.match(text, at, stop) if listed else None
    if last is None or int(last["day"]) <= day:
        return [], None
    return listed, last


def _a_night_into(text: str, match: Match, after: re.Match[str], spec: Spec) -> bool:
    """"the night of Nov. 14-15", "the night of March 9 to 10": one night across midnight,
    written month first (a year after the second day is left to the range: rare)."""
    return spec.day is not None and int(after["day"]) == spec.day + 1 and \
        text.endswith("night of ", 0, match.start) and \
        text[after.start():after.start("day")].strip() in ("-", "\u2013", "to") and \
        _SHARED_YEAR.match(text, after.end()) is None


def _a_night_across(text: str, first: re.Match[str], spec: Spec) -> bool:
    """"the night of 9-10 March", "the night of 9 to 10 March": one night across midnight."""
    return text.endswith("night of ", 0, first.start()) and spec.day is not None and \
        int(first["day"]) == spec.day - 1 and first["suffix"] is None and \
        text[first.end("day"):first.end()].strip() in ("-", "\u2013", "to")


def _shared_year(text: str, matches: list[Match], index: int, at: int) -> int | None:
    """The year written right after the second day of a list, when it was read as a year alone."""
    if index >= len(matches):
        return None
    candidate = matches[index]
    year = _SHARED_YEAR.fullmatch(text, at, candidate.end)
    if year is None or year.start("year") != candidate.start or candidate.spec.year is None \
            or candidate.spec.month is not None or candidate.spec.kind is not SpecKind.DATE:
        return None
    return candidate.spec.year


def _list_days(text: str, preceding: int, first: re.Match[str], spec: Spec) -> list[Match]:
    """The day found before a day-month date ("17th and 21st September": 17 September), with
    the days listed before it, each earlier than the next ("17th, 19th and 21st September")."""
    found: list[Match] = []
    current: re.Match[str] | None = first
    while current is not None:
        day = int(current["day"])
        found.append(Match(current.start("day"), current.end("suffix") if current["suffix"]
                           else current.end("day"), RANGE_START,
                           spec.model_copy(update={"day": day})))
        current = _LIST_BEFORE.search(text, max(preceding, current.start() - 6), current.start())
        if current is not None and int(current["day"]) >= day:
            break
    return found


def with_range_years(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with the other year of each range written with its era once ("from 431 to
    404 BC": 431 BC too; "AD 60 or 61": AD 61), in text order."""
    added: list[Match] = []
    for index, match in enumerate(matches):
        spec = match.spec
        written = text[match.start:match.end]
        if spec.kind is not SpecKind.DATE or spec.year is None or spec.month is not None \
                or spec.season is not None or _ERA.search(written) is None:
            continue
        if written[0].isdigit():  # "404 BC": the first year is before it
            preceding = matches[index - 1].end if index else 0
            found = _YEAR_BEFORE.search(text, max(preceding, match.start - _LOOK_BEFORE_YEAR),
                                        match.start)
            rule = RANGE_START_YEAR
        else:  # "AD 60": the other year is after it
            following = matches[index + 1].start if index + 1 < len(matches) else len(text)
            found = _YEAR_AFTER.match(text, match.end, following)
            rule = RANGE_END_YEAR
        if found is not None:
            added.append(Match(found.start("year"), found.end("year"), rule,
                               spec.model_copy(update={"year": int(found["year"]),
                                                       "mod": None})))
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.start)


def with_range_times(text: str, matches: list[Match], dated_only: bool = False) -> list[Match]:
    """``matches`` where a time with no day of its own, joined as a range to a time with one
    ("from 8am to 8pm on Friday"), takes that day; with ``dated_only``, only a time with a
    day of the month ("8pm on Friday 6 December", once composed) or a feast counted from Easter
    or by the moon ("from noon to 3 p.m. on Good Friday", "from 8 pm to 10 pm on Diwali")."""
    changed = list(matches)
    for index in range(len(matches) - 1):
        first, second = matches[index], matches[index + 1]
        if first.spec.hour is not None and second.spec.hour is not None and \
                _day_word_clock(first.spec) and _story_clock(second.spec) and \
                first.spec.hour >= _NOON and first.spec.hour != 24 and \
                (first.spec.hour, first.spec.minute or 0) > (second.spec.hour, second.spec.minute or 0) and \
                _FROM.search(text, max(first.start - 6, 0), first.start) is not None and \
                _FROM_TO.fullmatch(text, first.end, second.start) is not None:
            # "a curfew from 8 p.m. tonight to 6 a.m.": the night told ends the next morning
            spec = first.spec.model_copy(update={
                "hour": second.spec.hour, "minute": second.spec.minute,
                "offset": (first.spec.offset or 0) + 1})
            changed[index + 1] = second._replace(spec=spec)
            continue
        if first.spec.hour is None or second.spec.hour is None or \
                (dated_only and second.spec.day is None and second.spec.easter is None and
                 second.spec.lunisolar is None and second.spec.weekday is None):
            continue  # each reading below joins two clock times
        if (_story_clock(first.spec) or _weekday_clock(first.spec)) and _story_clock(second.spec) and \
                (first.spec.hour, first.spec.minute or 0) > (second.spec.hour, second.spec.minute or 0) and \
                (text.find("rom", max(first.start - 6, 0), first.start) >= 0 and
                 _FROM.search(text, max(first.start - 6, 0), first.start) is not None and
                 _FROM_TO.fullmatch(text, first.end, second.start) is not None or
                 _curfew_between(text, first, second)):
            # "a curfew from 20:00 to 05:00" on a day told: the night ends the next morning,
            # as one that begins on a weekday does ("closed from 10 p.m. Saturday to 6 a.m.")
            # (a standing rule, "banned between 23:30 and 06:00", names no one night); so does
            # a curfew's night told "between" or "of" its hours ("bailed with a curfew between
            # 8pm and 6am", "a curfew of 9pm to 6am")
            changed[index + 1] = second._replace(spec=second.spec.model_copy(update={"offset": 1}))
            continue
        if first.spec.hour == 24 and _story_clock(first.spec) and _story_clock(second.spec) and \
                second.spec.hour is not None and second.spec.hour < _NOON and \
                _TIME_JOIN.fullmatch(text, first.end, second.start) is not None and \
                _BETWEEN.search(text, max(first.start - 9, 0), first.start) is not None:
            # "early on Sunday ... between midnight and 3am": the midnight that opens the
            # morning's day, as the small hours' time does, not the one that ends it
            changed[index] = first._replace(spec=first.spec.model_copy(update={"hour": 0}))
            continue
        if second.spec.hour == 24 and _NOON <= (first.spec.hour or 0) < 24 and \
                _story_clock(first.spec) and _story_clock(second.spec) and \
                _TIME_JOIN.fullmatch(text, first.end, second.start) is not None:
            # "between 10 p.m. and midnight": the midnight that ends the evening just told
            changed[index + 1] = second._replace(
                spec=second.spec.model_copy(update={"closes_evening": True}))
            continue
        if not first.spec.bare_time or second.spec.hour is None or second.spec.bare_time \
                or _date_follows(text, matches, index + 1) \
                or (_TIME_JOIN.fullmatch(text, first.end, second.start) is None and
                    _CLOSE_JOIN.fullmatch(text, first.end, second.start) is None):
            continue
        if first.spec.hour == 24 and second.spec.hour < _NOON:
            # "between midnight and 3am on Sunday": the midnight that opens that morning's day
            spec = second.spec.model_copy(update={"hour": 0, "minute": 0})
            changed[index] = first._replace(spec=spec)
            continue
        if (first.spec.hour, first.spec.minute or 0) > (second.spec.hour, second.spec.minute or 0):
            if _day_word_clock(second.spec) and (
                    _FROM.search(text, max(first.start - 6, 0), first.start) is not None and
                    _FROM_TO.fullmatch(text, first.end, second.start) is not None or
                    _curfew_between(text, first, second)):
                # "a curfew from 12 noon to 5am today": the night ends on the day told, so it
                # began the day before
                spec = second.spec.model_copy(update={
                    "hour": first.spec.hour, "minute": first.spec.minute,
                    "offset": (second.spec.offset or 0) - 1})
                changed[index] = first._replace(spec=spec)
            elif _weekday_clock(second.spec) and (first.spec.hour or 0) >= _NOON and \
                    _FROM.search(text, max(first.start - 6, 0), first.start) is not None and \
                    _FROM_TO.fullmatch(text, first.end, second.start) is not None:
                # "closed from 10 p.m. to 6 a.m. Sunday": the night ends that Sunday, so it
                # began on the Saturday before
                spec = second.spec.model_copy(update={
                    "hour": first.spec.hour, "minute": first.spec.minute,
                    "weekday": (second.spec.weekday or 1) - 1 or 7})
                changed[index] = first._replace(spec=spec)
            continue  # across midnight: not the same day
        hour = first.spec.hour
        if _opens_in_the_half_of_the_end(text, first, second):
            hour += _NOON  # "between 2:15 and 3:40 p.m. Tuesday": 14:15, as with no day told
        # (the first time keeps its own modifier: "from 9 a.m. until about 3 p.m." starts at 9)
        spec = second.spec.model_copy(update={"hour": hour, "minute": first.spec.minute,
                                              "mod": first.spec.mod})
        changed[index] = first._replace(spec=spec)
    return changed


_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# a curfew's hours: "curfew between 8pm and", "curfew of 9pm to", "a curfew, between 7pm and"
_CURFEW_HOURS = re.compile(r"\bcurfews?\b[\w\s,-]{0,24}?\b(?:between|of)\s+$", re.IGNORECASE)
_CURFEW_REACH = 40  # characters before the first clock time in which to look for them


def _curfew_between(text: str, first: Match, second: Match) -> bool:
    """Whether ``first`` and ``second`` are a curfew's hours told "between" or "of" them."""
    start = max(first.start - _CURFEW_REACH, 0)
    return text.find("urfew", start, first.start) >= 0 and \
        _TIME_JOIN.fullmatch(text, first.end, second.start) is not None and \
        _CURFEW_HOURS.search(text, start, first.start) is not None


_NOON = 12
# the opening time of what closes at a time on a day told: "polls open at 7am and close at
# 10pm on Thursday" opens that Thursday
_CLOSE_JOIN = re.compile(r"\s+and\s+(?:will\s+)?(?:close|closes|end|ends|finish|finishes)\s+at\s+",
                         re.IGNORECASE)
_FROM_TO = re.compile(r"\s*(?:-|\u2013|to|until|till)\s*")


def _day_word_clock(spec: Spec) -> bool:
    """A clock time with a day word of its own ("5am today", "6am tomorrow")."""
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.DAY and spec.anchor == "dct" \
        and spec.offset is not None and spec.weekday is None and spec.hour is not None \
        and spec.value is None


def _weekday_clock(spec: Spec) -> bool:
    """A clock time on a weekday of its own counted as a bare weekday is ("6 a.m. Sunday"), whose
    eve is the weekday before it and whose night ends on the weekday after it."""
    return spec.kind is SpecKind.WEEKDAY and spec.weekday is not None and spec.hour is not None \
        and spec.in_week is None and not spec.weeks_on and not spec.indefinite and \
        spec.part_of_day is None


def _date_follows(text: str, matches: list[Match], index: int) -> bool:
    """Whether a date written right after match ``index`` is still to be composed with it
    ("10pm on Thursday" and "12 December")."""
    return index + 1 < len(matches) and matches[index + 1].spec.kind is SpecKind.DATE and \
        not text[matches[index].end : matches[index + 1].start].strip(" ,")


def _story_clock(spec: Spec) -> bool:
    """A clock time on the day the story is at, with no day of its own ("at 20:00")."""
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.DAY and spec.offset == 0 \
        and spec.anchor == "nearby" and spec.hour is not None


# "just after midnight on New Year's Day", "shortly after midnight Sunday": what followed a
# midnight told with its day came in that day's small hours, so it is the midnight that opens the
# day (T00:00), not the one that ends it, as a deadline's "midnight on 31 December" is; but
# "tonight" names the night still to come, so "after midnight tonight" is the one ending today
_AFTER_BEFORE = re.compile(r"(?<![\w-])after\s+$", re.IGNORECASE)
_TONIGHT = re.compile(r"\btonight\b", re.IGNORECASE)


def with_midnights_opening_days(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` where a midnight told with its day, right after "after", opens that day."""
    changed = list(matches)
    for index, match in enumerate(matches):
        if match.spec.hour == 24 and not _story_clock(match.spec) and \
                text.startswith("midnight", match.start) and \
                _AFTER_BEFORE.search(text, max(0, match.start - 7), match.start) is not None and \
                not _TONIGHT.search(text, match.start, match.end):
            changed[index] = match._replace(spec=match.spec.model_copy(update={"hour": 0}))
    return changed


RANGE_START_TIME = "range_start_time"
# the bare hour opening a range of clock times ("from 6 to 8 p.m.", "between 9 and 11 a.m.",
# "4-7 p.m. Friday"): after "from" or "between", or joined by a dash; or set off by a comma
# after the day it is on ("Wednesday, 4 to 7 p.m.", "through Oct. 31, 7 to 11 p.m.")
_HOUR_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:from|between)\s+(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5][0-9]))?"
    r"\s*(?:-|\u2013|to|and|until|till)|(?<![\w.,:/$-])(?P<hour2>1[0-2]|0?[1-9])"
    r"(?::(?P<minute2>[0-5][0-9]))?\s*(?:-|\u2013)|(?<=[a-z.0-9],\s)(?P<hour3>1[0-2]|0?[1-9])"
    r"(?::(?P<minute3>[0-5][0-9]))?\s+(?:to|until|till))\s*$", re.IGNORECASE)
_LOOK_BEFORE_TIME = 20


_TWENTY_FOUR_HOUR = "time_24h_bare"
_MERIDIEM = re.compile(r"[ap]\.?\s?m\b\.?", re.IGNORECASE)


def _in_the_half_of_the_end(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` where a clock time written without a.m. or p.m. opens a range that ends
    in the afternoon or evening ("from 5:30 to 8 p.m.": 17:30, not 05:30), when the range read
    that way still runs forward; "from 9:30 to 1 p.m." keeps the morning."""
    changed = list(matches)
    for index in range(len(matches) - 1):
        first, second = matches[index], matches[index + 1]
        if _opens_a_day_clock_range(text, first, second):
            spec = first.spec.model_copy(update={"twelve_hour": False})
            changed[index] = first._replace(spec=spec)
            continue
        if not first.spec.bare_time or first.spec.hour is None or \
                not _opens_in_the_half_of_the_end(text, first, second):
            continue
        spec = first.spec.model_copy(update={"hour": first.spec.hour + _NOON})
        changed[index] = first._replace(spec=spec)
    return changed


def _opens_in_the_half_of_the_end(text: str, first: Match, second: Match) -> bool:
    """Whether ``first``, a clock time written without a.m. or p.m., opens a range ending at
    ``second`` in the afternoon or evening and still runs forward read in that half."""
    return first.rule == _TWENTY_FOUR_HOUR and first.spec.hour is not None and \
        1 <= first.spec.hour < _NOON and text[first.start].isdigit() and \
        second.spec.hour is not None and \
        (first.spec.hour + _NOON, first.spec.minute or 0) < \
        (second.spec.hour, second.spec.minute or 0) and \
        _MERIDIEM.search(text, second.start, second.end) is not None and \
        _TIME_JOIN.fullmatch(text, first.end, second.start) is not None


def _opens_a_day_clock_range(text: str, first: Match, second: Match) -> bool:
    """Whether ``first``, a clock time written without a.m. or p.m., opens a range whose end is
    written on the 24-hour clock ("from 10:00 to 16:00"): it is on that clock too, and so not
    to be read in the afternoon's half of the day after an afternoon time told before it."""
    return first.rule == _TWENTY_FOUR_HOUR and first.spec.twelve_hour and \
        second.rule == _TWENTY_FOUR_HOUR and second.spec.hour is not None and \
        second.spec.hour > _NOON and not second.spec.twelve_hour and \
        _TIME_JOIN.fullmatch(text, first.end, second.start) is not None


# a clock time with no day of its own, written as "4 p.m." or "16:00", before a colon
_STAMP_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?)?", re.IGNORECASE)


def _stamp_closing_range(text: str, match: Match) -> bool:
    """Whether ``match``, the end of a range of clock times, was read as a live blog's stamp
    (on the publication day) only for the colon after it."""
    spec = match.spec
    return text.startswith(":", match.end) and spec.kind is SpecKind.RELATIVE and \
        spec.anchor == "dct" and spec.offset == 0 and spec.unit is Unit.DAY and \
        spec.weekday is None and _STAMP_CLOCK.fullmatch(text, match.start, match.end) is not None


def with_range_start_hours(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with the bare hour opening each range of clock times added ("from 6 to 8
    p.m.": 6 is 18:00, on the day of 8 p.m.; "from 10 to 2 p.m.": 10 is in the morning)."""
    matches = _in_the_half_of_the_end(text, matches)
    added: list[Match] = []
    for index, match in enumerate(matches):
        spec, end_hour = match.spec, match.spec.hour
        if end_hour is None or not text[match.start].isdigit():
            continue
        preceding = matches[index - 1].end if index else 0
        found = _HOUR_BEFORE.search(text, max(preceding, match.start - _LOOK_BEFORE_TIME),
                                    match.start)
        if found is None:
            continue
        if _stamp_closing_range(text, match):
            # "Sunday 1-4 p.m.: a restored Victorian": a range's end before a colon is a
            # timetable's hours on the day told before, not a live blog's stamp
            spec = spec.model_copy(update={"anchor": "nearby"})
            matches[index] = match._replace(spec=spec)
        which = next(name for name in ("hour", "hour2", "hour3") if found[name])
        hour = int(found[which]) % 12
        minute_group = which.replace("hour", "minute")
        minute = found[minute_group]
        if hour < end_hour % 12:
            hour += end_hour - end_hour % 12  # the same half of the day as the end
        elif end_hour < 12 or hour < 7:
            continue  # "from 11 to 2 a.m." crosses midnight, "3-2 p.m." is no range: not read
        added.append(Match(found.start(which), found.end(minute_group if minute else which),
                           RANGE_START_TIME,
                           spec.model_copy(update={"hour": hour, "minute": int(minute)
                                                   if minute else None, "mod": None})))
    matches = sorted(matches + added, key=lambda m: m.start) if added else matches
    return _with_listed_hours(text, matches)


# a bare hour listed before a clock time of the same day, as service and opening times are
# written: "Masses are at 8 and 10:30 a.m.", "at 7:30, 9 and 11 a.m.", "at 8, 10 and noon",
# "the regular 9 and 11 a.m. services", "a schedule of 8 and 11 a.m."; the list opens after
# "at", "of" or a word for the usual times, or after a clock time already read
_LISTED_HOUR = re.compile(r"(?<![\w.,:/$-])(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5][0-9]))?"
                          r"(?:,\s+|,?\s+and\s+)$")
_LIST_OPENS = re.compile(r"\b(?:at|of|usual|regular|normal|customary)\s+$", re.IGNORECASE)
_COMMA_BEFORE = re.compile(r",\s+$")
_LOOK_BEFORE_LISTED = 14
_LOOK_BEFORE_LIST = 12


def _with_listed_hours(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with the bare hours listed before a clock time added, each on its day and in
    its half of the day ("at 8 and 10:30 a.m.": 8 is 08:00; "at 5 and 7 p.m.": 5 is 17:00)."""
    ends = {match.end for match in matches}
    added: list[Match] = []
    for index, match in enumerate(matches):
        spec, end_hour = match.spec, match.spec.hour
        if end_hour is None or not (_MERIDIEM.search(text, match.start, match.end) or
                        text.startswith("noon", match.start)):
            continue
        preceding = matches[index - 1].end if index else 0
        listed: list[tuple[int, int, int, int | None]] = []
        at, later = match.start, end_hour
        while True:
            found = _LISTED_HOUR.search(text, max(preceding, at - _LOOK_BEFORE_LISTED), at)
            if found is None:
                break
            hour = int(found["hour"]) % 12
            if hour < later % 12:
                hour += later - later % 12  # the same half of the day as the next one
            elif later < 12 or hour < 7:
                break  # "at 11 and 2 a.m." is no list of one day
            minute = int(found["minute"]) if found["minute"] else None
            listed.append((found.start(), found.end("minute" if found["minute"] else "hour"),
                           hour, minute))
            at, later = found.start(), hour
        if not listed:
            continue
        head = listed[-1][0]
        if not (_LIST_OPENS.search(text, max(0, head - _LOOK_BEFORE_LIST), head) or
                _COMMA_BEFORE.search(text, max(0, head - 3), head) and
                any(head - 3 <= end <= head - 2 for end in ends)):
            continue
        for start, end, hour, minute in listed:
            added.append(Match(start, end, RANGE_START_TIME,
                               spec.model_copy(update={"hour": hour, "minute": minute,
                                                       "mod": None})))
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.start)


# between a recurrence and a clock time of it: "every Saturday from 8 a.m.", "daily, 9 a.m.",
# "the first Monday of each month at 7 p.m.", "7:30 p.m. Fridays", "at 2 p.m. on Sundays"
_SET_TO_TIME = re.compile(r"\s*,?\s*(?:(?:from|at|between|starting\s+at|beginning\s+at)\s+)?",
                          re.IGNORECASE)
_TIME_TO_SET = re.compile(r"\s*,?\s*(?:on\s+)?", re.IGNORECASE)
# "daily" before a noun is an adjective: "the 9 a.m. daily briefing" is today's
_SET_ADJECTIVE = "set_adjective"
# a broadcaster's "Tuesday slot" names the slot, not a habit of the clause around it
_SET_SLOT = "set_weekday_slot"
# "by July" is a deadline, the next July, except where its clause tells what usually happens
_DEADLINE_MONTH = "month_deadline"


# "the daily 9 a.m. briefing": a determiner makes the "daily" before a clock time an adjective
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|your|my|this|that)\s+$",
                                re.IGNORECASE)


def _adverb_before_time(text: str, match: Match) -> bool:
    """A "daily" written straight before a clock time with no determiner ahead of it ("open
    daily 9 a.m. to 5 p.m."), the hours of each day rather than a noun's modifier."""
    return _DETERMINER_BEFORE.search(text, max(0, match.start - 8), match.start) is None


def _recurring(spec: Spec) -> Spec:
    time = spec.part_of_day if spec.hour is None else f"{spec.hour:02d}:{spec.minute or 0:02d}"
    return spec.model_copy(update={
        "kind": SpecKind.SET, "value": f"XXXX-XX-XXT{time}", "hour": None,
        "minute": None, "unit": None, "offset": None, "anchor": "dct"})


# "Friday night at 8:30", "concerts Thursday evenings at 6:30", "Saturday evening at 5:30": a clock
# time without a.m. or p.m. told after an evening or a night is after 5 p.m. if it can be
EVENING_PARTS = ("TEV", "TNI")
_EVENING_FROM = 17


def in_the_evening(spec: Spec) -> Spec:
    """A clock time without a.m. or p.m. in the afternoon's half of the day if it then falls
    from 5 p.m. on, told after an evening or a night ("Friday night at 8:30" is 20:30, but
    "Friday night at 2:30" stays in the small hours)."""
    if spec.twelve_hour and spec.hour is not None and \
            _EVENING_FROM <= spec.hour + _NOON_HOURS < 24:
        return spec.model_copy(update={"hour": spec.hour + _NOON_HOURS, "twelve_hour": False})
    return spec


_NOON_HOURS = 12


def _bare_part_of_day(spec: Spec) -> bool:
    """A part of the day with no day of its own ("at dawn", "in the evening")."""
    return spec.part_of_day is not None and spec.hour is None and \
        spec.kind is SpecKind.RELATIVE and spec.unit is Unit.DAY and spec.offset == 0 and \
        spec.anchor == "nearby"


# a recurrence kept until a day, then its hours: "runs Saturdays through Oct. 26 from 8 a.m. to
# 1 p.m.", "open daily until Sept. 1, 10 a.m. to 6 p.m." give the hours of every such day, not of
# the last one
_SET_UNTIL = re.compile(r"\s+(?:through|thru|until|till)\s+", re.IGNORECASE)


def _recurs_until(text: str, every: Match, day: Match, time: Match) -> bool:
    """Whether ``time`` gives the hours of a recurrence ``every`` kept until ``day``."""
    return every.spec.kind is SpecKind.SET and _days_long(day.spec) and _SET_UNTIL.fullmatch(text, every.end, day.start) is not None \
        and _SET_TO_TIME.fullmatch(text, day.end, time.start) is not None


def _open_clock_range(text: str, matches: list[Match], recurring: list[bool], index: int) -> bool:
    """Whether ``matches[index]`` and the one after it are bare clock times joined as a range
    ("from 7pm to 8pm", "10 a.m.-9 p.m."), neither yet read as recurring."""
    first, second = matches[index], matches[index + 1]
    return not recurring[index] and not recurring[index + 1] and _bare_clock(first.spec) and \
        _bare_clock(second.spec) and _TIME_JOIN.fullmatch(text, first.end, second.start) is not None


def with_recurring_times(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` where a clock time with no day of its own, told with a recurrence, is a
    time of every such day ("open every Saturday from 8 a.m. to 1 p.m.": XXXX-XX-XXT08:00 and
    XXXX-XX-XXT13:00), not of the last date mentioned. The times of a range go together."""
    changed = list(matches)
    recurring = [False] * len(matches)
    for index, match in enumerate(matches):
        if not match.spec.bare_time or match.spec.part_of_day is not None:
            continue
        if index and (recurring[index - 1] or matches[index - 1].spec.kind is SpecKind.SET):
            previous = matches[index - 1]
            join = _TIME_JOIN if recurring[index - 1] else _SET_TO_TIME
            found = join.fullmatch(text, previous.end, match.start)
            recurring[index] = found is not None and (
                previous.rule != _SET_ADJECTIVE or found.group().strip() != "" or
                _adverb_before_time(text, previous))
        elif index > 1 and _recurs_until(text, matches[index - 2], matches[index - 1], match):
            recurring[index] = True
        if not recurring[index] and index and _told_after_recurrence(
                text, _recurrence_before(text, matches, index), match):
            recurring[index] = True
        if not recurring[index] and _ON_EVERY_DAY_TOLD.match(text, match.end) is not None and \
                _FROM_BEFORE.search(text, max(0, match.start - 8), match.start) is None:
            recurring[index] = True  # "judging runs from 9 a.m. to 5 p.m. both days"
        if not recurring[index] and _on_round_day(text, match):
            recurring[index] = True  # "put bins out by 7am on your collection day"
    for index in range(len(matches) - 1, -1, -1):
        match = matches[index]
        if recurring[index] or not match.spec.bare_time or match.spec.part_of_day is not None \
                or index + 1 == len(matches):
            continue
        following = matches[index + 1]
        if recurring[index + 1] and matches[index + 1].spec.bare_time:
            recurring[index] = _TIME_JOIN.fullmatch(text, match.end, following.start) is not None
        elif following.spec.kind is SpecKind.SET and following.rule != _SET_ADJECTIVE:
            recurring[index] = _TIME_TO_SET.fullmatch(text, match.end, following.start) \
                is not None or _TIME_JOIN.fullmatch(text, match.end, following.start) is not None
    for index in range(len(matches) - 2):
        second, span = matches[index + 1], matches[index + 2]
        if not _open_clock_range(text, matches, recurring, index) or \
                not _days_long(span.spec) or \
                _OVER_DAYS.fullmatch(text, second.end, span.start) is None:
            continue
        # "closed from 8pm to 6am for the next four weeks", "barred between 7 am and 11 pm from
        # April 1": hours of a day kept over many days are the hours of each of them
        recurring[index] = recurring[index + 1] = True
    for index in range(len(matches) - 1):
        first = matches[index]
        if not _open_clock_range(text, matches, recurring, index) or \
                "hours" not in text[max(0, first.start - 24):first.start] or \
                _KEPT_HOURS.search(text, max(0, first.start - 24), first.start) is None:
            continue
        # "normal hours of 10 a.m. to 9 p.m. return", "weekday hours are 9 to 5", "weekend hours
        # will stay at 8 a.m. to 6 p.m.": the hours a place keeps are those of every day it
        # opens, not of the last day told
        recurring[index] = recurring[index + 1] = True
    for index in range(len(matches) - 1):
        first, second = matches[index], matches[index + 1]
        if not _open_clock_range(text, matches, recurring, index) or \
                _no_usual_word(text[max(0, first.start - _AS_USUAL_REACH):first.start]) or \
                _AS_USUAL.search(text, max(0, first.start - _AS_USUAL_REACH), first.start) is None or \
                (index + 2 < len(matches) and matches[index + 2].spec.kind is not SpecKind.SET and
                 _ON_DAY_AFTER.fullmatch(text, second.end, matches[index + 2].start) is not None):
            continue
        # "the gym will stay open as usual, from 9am to 9pm": the hours a place keeps every day,
        # not those of the last day told (but "open as usual from 9am to 1pm on Saturday": that
        # day's)
        recurring[index] = recurring[index + 1] = True
    for index in range(len(matches) - 1):
        first, second = matches[index], matches[index + 1]
        if not _open_clock_range(text, matches, recurring, index) or \
                _VISITING_HOURS.search(text, max(first.start - _VISITING_REACH,
                                                 _dated_before(matches, index)),
                                       first.start) is None or \
                (index + 2 < len(matches) and matches[index + 2].spec.kind is not SpecKind.SET and
                 _ON_DAY_AFTER.fullmatch(text, second.end, matches[index + 2].start) is not None):
            continue
        # "visitors will be allowed only between 7pm and 8pm", "protected mealtimes, from 12pm
        # to 1pm": the hours a ward keeps for visits or meals are those of every day, not of the
        # last day told (but "visitors were let in between 2pm and 4pm on Sunday" or "open to
        # visitors on Sunday from 11am": that day's)
        recurring[index] = recurring[index + 1] = True
    for index, match in enumerate(matches):
        if not recurring[index] and _bare_clock(match.spec) and \
                _USUAL_CLOCK.search(text, max(0, match.start - 30), match.start) is not None:
            recurring[index] = True  # alone: "until midnight rather than the usual 11pm"
        if recurring[index]:
            spec = match.spec
            if index and (matches[index - 1].spec.value or "")[-3:] in EVENING_PARTS:
                spec = in_the_evening(spec)  # "Thursday evenings at 6:30": 18:30
            changed[index] = match._replace(spec=_recurring(spec))
    return changed


# the hours a recurring event keeps, told in the present in the sentence after it: "The club
# meets on the first Wednesday of every month. The sessions run from 6 p.m. to 8:30 p.m."
# (in the plural of a habit, not "the ceremony begins at 7 p.m.", one event, nor "offices will
# open from 10am", one day ahead)
_HOURS_KEPT_VERB = re.compile(r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bto\s)(?<!\bcan\s)(?<!\bmay\s)"
                              r"\b(?:run|open|start|begin|meet)\s+(?:from|at)\s+$",
                              re.IGNORECASE)
_KEPT_VERB_REACH = 24  # characters before the clock time where the verb is told
_RECURRENCE_REACH = 400  # characters from the recurrence to the clock time keeping its hours
_NEXT_SENTENCE = re.compile(r"[.!?][\"\u201d']?\s+[A-Z\u201c\"]")


# a clock time kept on each of the days told: "doors open at 11am on both days", "from 9 a.m. to
# 5 p.m. all three days", "at 10 a.m. on each of the four days"
_ON_EVERY_DAY_TOLD = re.compile(r"\s*,?\s+(?:on\s+)?(?:both|all\s+(?:two|three|four|five|six|seven)|"
                                r"each\s+of\s+the\s+(?:two|three|four|five|six|seven))\s+days\b",
                                re.IGNORECASE)
# but a lone "from" opens a span on the first of them: "the road is closed from 6am on both days"
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# the day of a household's round of collection, told with no date ("on your collection day", "on
# the regular garbage day", "on bin day", "on the day of collection"): each household's own, so
# a clock time on it ("put bins out by 7am on your collection day") or told after it in its
# clause ("at the curb by 7 a.m. on collection day and remove them by 7 p.m.") is a time of any
# such day, not of the day told last
_ROUND_DAY = (r"on\s+(?:(?:your|their|the|its|each|every|our)\s+)?(?:(?:regular|normal|usual|"
              r"scheduled|designated|allocated|assigned)\s+)?(?:(?:collection|pick-?up|garbage|trash|"
              r"rubbish|refuse|recycling|bin|waste)\s+){1,2}days?\b|on\s+the\s+day\s+of\s+"
              r"(?:(?:your|their|the)\s+)?(?:collection|pick-?up)\b")
_ROUND_DAY_AFTER = re.compile(r"\s*,?\s+(?:" + _ROUND_DAY + ")", re.IGNORECASE)
_ROUND_DAY_BEFORE = re.compile(r"\b(?:" + _ROUND_DAY + r")[^.;:!?]{0,40}$", re.IGNORECASE)
_ROUND_DAY_REACH = 120  # characters before a clock time where such a day may be told


def _on_round_day(text: str, match: Match) -> bool:
    """Whether a bare clock time falls on an undated day of a round of collection, told right
    after it or before it in its clause."""
    return _ROUND_DAY_AFTER.match(text, match.end) is not None or (
        "day" in text[max(0, match.start - _ROUND_DAY_REACH):match.start] and
        _ROUND_DAY_BEFORE.search(text, max(0, match.start - _ROUND_DAY_REACH), match.start) is not None)


_COARSE_UNITS = frozenset((Unit.MONTH, Unit.QUARTER, Unit.HALF, Unit.SEASON, Unit.YEAR,
                           Unit.DECADE, Unit.CENTURY))
_COARSE_SKIPPED = 4  # matches looked back over for the recurrence a clock time keeps


def _no_day(spec: Spec) -> bool:
    """A length, or a date coarser than a day ("since mid-June", "this summer", "in 1994"):
    nothing a clock time told after it could be on."""
    if spec.kind is SpecKind.DURATION:
        return True
    return spec.kind in (SpecKind.DATE, SpecKind.RELATIVE) and spec.day is None and \
        spec.weekday is None and spec.hour is None and spec.part_of_day is None and \
        spec.easter is None and spec.lunisolar is None and spec.next_to_feast is None and \
        (spec.unit is None or spec.unit in _COARSE_UNITS) and \
        (spec.year is not None or spec.month is not None or spec.season is not None or
         spec.decade is not None or spec.unit is not None)


def _recurrence_before(text: str, matches: list[Match], index: int) -> Match:
    """The match a clock time's recurrence may be told by: the one right before it, past
    lengths and dates coarser than a day ("concerts on Thursday nights since mid-June ... this
    summer ... Shows start at 7 p.m."), or the recurrence a day told right before closes
    ("runs nightly through Jan. 3. Gates open at 5 p.m.")."""
    before = index - 1
    while before > 0 and index - before <= _COARSE_SKIPPED and _no_day(matches[before].spec):
        before -= 1
    previous = matches[before]
    if previous.spec.kind is not SpecKind.SET and before and _days_long(previous.spec) and \
            matches[before - 1].spec.kind is SpecKind.SET and \
            _SET_UNTIL.fullmatch(text, matches[before - 1].end, previous.start) is not None:
        return matches[before - 1]._replace(end=previous.end)
    return previous


def _told_after_recurrence(text: str, previous: Match, match: Match) -> bool:
    """Whether a clock time is the hours of the recurrence told in a sentence before, with no
    day told between them: a weekly or daily set (not an adjective, "a weekly show", but an
    adverb, "runs nightly"), then a new sentence whose event runs, opens or starts at the time."""
    if previous.spec.kind is not SpecKind.SET or (previous.rule == _SET_ADJECTIVE and
                                                  not _adverb_before_time(text, previous)) or \
            not (previous.spec.value or "").startswith(("XXXX-WXX-", "XXXX-XX-XXT")) or \
            match.start - previous.end > _RECURRENCE_REACH:
        return False
    if _HOURS_KEPT_VERB.search(text, max(previous.end, match.start - _KEPT_VERB_REACH),
                               match.start) is None:
        return False
    return _NEXT_SENTENCE.search(text, previous.end, match.start) is not None


# what comes before a range of hours a place keeps: "normal hours of", "opening hours are from"
# "weekday hours, from 11am to 11pm,", "Sunday hours will run from noon to 10.30pm"
# (not "open for 11 hours, from 7 a.m. to 6 p.m.", a length on the day told)
_KEPT_HOURS = re.compile(r"\bhours\s+(?:of|are|were|(?:will|would)\s+(?:be|run|stay|remain)|run|remain|"
                         r"stay)\s+(?:from\s+|at\s+)?$|(?<!\d\s)(?<!\d)(?<!\bnine\s)(?<!\bten\s)(?<!\bfew\s)"
                         r"(?<!\btwelve\s)(?<!\beleven\s)(?<!\bseveral\s)(?<!\bmany\s)"
                         r"\bhours,\s*(?:from\s+)?$", re.IGNORECASE)
# a place open "as usual" or "as normal" before a range of hours: "stays open as usual, from"
_AS_USUAL = re.compile(r"\bas\s+(?:usual|normal)\s*,?\s*(?:from\s+|between\s+)?$", re.IGNORECASE)
_AS_USUAL_REACH = 24  # characters before the first clock time where "as usual" is told


def _no_usual_word(before: str) -> bool:
    """A cheap test before the search for "as usual" or "as normal"."""
    return "usual" not in before and "normal" not in before
# visits or meals kept to a range of hours, as a rule (not told in the past, one day's visit):
# "may still visit between", "visiting is now limited to", "mealtimes, from"
_VISITING_HOURS = re.compile(r"\b(?:visit|visits|visiting|visitors?|mealtimes)\b"
                             r"(?![^.;:!?\d]*\b(?:was|were|had|did)\b)[^.;:!?\d]*?"
                             r"(?:\bbetween|\bfrom|\b(?:restricted|limited|remain|remains)\s+to|"
                             r"\bremain|\bremains)\s+$", re.IGNORECASE)
_VISITING_REACH = 60  # characters before the first clock time where the visit is told


def _dated_before(matches: list[Match], index: int) -> int:
    """Where the last day told before ``matches[index]`` ends (0 if none): a clock time or a
    "now" before it is no day of its own."""
    for before in range(index - 1, -1, -1):
        spec = matches[before].spec
        if not _bare_clock(spec) and spec.value != "PRESENT_REF":
            return matches[before].end
    return 0
_ON_DAY_AFTER = re.compile(r"\s*,?\s+(?:on\s+|this\s+)?")
# a clock time a place keeps as a rule, told against a change: "serve until midnight rather
# than the usual 11pm", "the normal 6 p.m. closing"
# (not "trading will begin at the usual 9:30 a.m.", that day's)
_USUAL_CLOCK = re.compile(r"\b(?:than|of|ending|ends|ended)\s+(?:the|its|their)\s+"
                          r"(?:usual|normal|standard|regular|customary|fixed)\s+$", re.IGNORECASE)


# what follows a range of hours to keep it over days: "for (another) four weeks", "from April
# 1", "until the end of May", "through Oct. 15"
_OVER_DAYS = re.compile(r"\s+(?:for|from|until|till|through|starting|beginning)\s+(?:another\s+)?")


def _bare_clock(spec: Spec) -> bool:
    return spec.bare_time and spec.part_of_day is None


def _days_long(spec: Spec) -> bool:
    """A date with no clock time, or a length of days or more ("four weeks", not "two hours")."""
    if spec.kind is SpecKind.DURATION:
        return spec.value is not None and not spec.value.startswith("PT")
    return spec.kind is SpecKind.DATE and spec.hour is None and spec.type is not TimexType.TIME


YEAR_EARLY = "year_early"
_FIRST_OF_RANGE = re.compile(r"(?<![\d,.])(?P<first>\d{3,4})\s*(?:to|and|-|\u2013)\s*$")


# a count changing "from" one number "to" another: "the number of seats from 533 to 501", "seats
# would rise from 158 to 160"
_COUNT_CHANGED_FROM = re.compile(r"(?:\bnumber\s+of\s[^.;:!?\d]{0,50}?|\b(?:rise|rises|raise|"
                                 r"raises|increase|increases|fall|falls|drop|drops|grow|grows|"
                                 r"cuts|cutting|reduces|reducing|shrink|shrinks|shrank|expand|"
                                 r"expands|expanding|expanded)\s+)from\s+$", re.IGNORECASE)
_COUNT_REACH = 70  # characters before the first number searched for the count


def without_lone_range_ends(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` less an early year ending a range whose first number is not a year: in
    "prices rose from 500 to 600" neither is ("from 618 to 907" keeps both); nor are two
    early numbers running backward ("from 533 to 501": a range of years runs forward) or told
    of a count that changes ("the number of seats from 158 to 160"). A count after a modern
    year is no range end and takes nothing with it: "165 deaths in 2001 and 212 in 2000" keeps
    2001."""
    kept: list[Match] = []
    for match in matches:
        if match.rule == YEAR_EARLY:
            found = _FIRST_OF_RANGE.search(text, max(0, match.start - 12), match.start)
            if found is not None and not (kept and kept[-1].end == found.end("first")):
                continue
            if found is not None and kept[-1].rule != YEAR_EARLY and \
                    match.spec.year is not None and match.spec.year <= int(found["first"]):
                continue
            if found is not None and (
                    (match.spec.year is not None and match.spec.year <= int(found["first"])) or
                    _COUNT_CHANGED_FROM.search(text, max(0, found.start() - _COUNT_REACH),
                                               found.start()) is not None):
                kept.pop()
                continue
        kept.append(match)
    return kept


_DATES_JOIN = re.compile(r"\s*(?:-|\u2013|to|through|thru|until|till)\s*|\s+and\s+")
_BETWEEN = re.compile(r"(?<![\w-])between\s+$", re.IGNORECASE)


def joined_as_range(text: str, first_start: int, first_end: int, second_start: int) -> bool:
    """Whether two dates are joined as a range: "June-November", "from April 15 to July 15",
    "between May 1 and June 30" (not a list: "in January and October")."""
    join = _DATES_JOIN.fullmatch(text, first_end, second_start)
    return join is not None and (join.group().strip() != "and" or _BETWEEN.search(
        text, max(0, first_start - 9), first_start) is not None)


def _yearless_day(spec: Spec) -> bool:
    return spec.kind is SpecKind.DATE and spec.month is not None and spec.day is not None and \
        spec.year is None and spec.hour is None and spec.weekday is None and spec.unit is None


def _yearless_month(spec: Spec) -> bool:
    """A month written without its year ("June"), not a day of it nor a relative one."""
    return spec.kind is SpecKind.DATE and spec.month is not None and spec.day is None and \
        spec.year is None and spec.weekday is None and spec.unit is None and \
        spec.direction is Direction.TENSE


def _next_month(spec: Spec) -> bool:
    """A month told as the next one ("next June"), not a day of it."""
    return spec.kind is SpecKind.DATE and spec.month is not None and spec.day is None and \
        spec.year is None and spec.weekday is None and spec.unit is None and \
        spec.direction is Direction.NEXT


def _with_its_year(spec: Spec) -> bool:
    """A day or month written with its year ("May 3, 2017", "May 2017"), not a relative one."""
    return spec.kind is SpecKind.DATE and spec.month is not None and spec.year is not None and \
        spec.hour is None and spec.weekday is None and spec.unit is None and not spec.bc


def _a_weekday(spec: Spec) -> bool:
    """A weekday told alone or with its hour ("Friday", "8pm on Friday"), not a day of a month."""
    return spec.kind is SpecKind.WEEKDAY and spec.weekday is not None and spec.month is None \
        and not spec.indefinite \
        and spec.nth is None and spec.unit is None


def _publication_day(spec: Spec) -> bool:
    """Today or tomorrow, told alone or with its hour ("today", "10 p.m. today", "tomorrow")."""
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.DAY and spec.anchor == "dct" \
        and spec.offset in (0, 1) and spec.weekday is None


WRAP_MOST_DAYS = 183  # a day "to" another this far round the calendar is not a range's end
# ... after a verb that moves a date; without one the two days bound a season, which may run
# most of a year: "the season runs from Sept. 18 to May 30" (the May after that September)
_MOVE_BEFORE = re.compile(r"\b(?:mov|postpon|reschedul|brought|bring|push|pull|chang|switch|"
                          r"shift|advanc|delay|put|set|fix)\w*\b[^.;!?]*$", re.IGNORECASE)
_MOVE_REACH = 80  # characters before the first day in which to look for that verb


def _wraps_most_of_a_year(first: Spec, second: Spec) -> bool:
    """Whether ``second``, a day of the calendar, comes so long after ``first`` when counted
    forward (round the year end) that a range is unlikely: "from Dec. 20 to Jan. 5" runs 16
    days, "from Nov. 25 to Nov. 18" would run 358 (a meeting moved a week earlier); a whole
    year to the day before is a range ("from Oct. 1 to Sept. 30", a fiscal year)."""
    if second.month is None or second.day is None or first.month is None or first.day is None:
        return False
    # counted on a calendar of 31-day months: a day a text writes need not exist ("June 31")
    days = (second.month - first.month) * 31 + second.day - first.day
    day_before = days == -1 or (first.day == 1 and second.day >= 28 and
                                second.month % 12 + 1 == first.month)
    return days < 0 and not day_before and days + 12 * 31 > WRAP_MOST_DAYS


SHORT_RANGE_DAYS = 300  # a range of days of the calendar shorter than this is not one of a year


def _days_on(first: Spec, second: Spec) -> int:
    """About how many days ``second``, a day of the calendar in the same year, comes after
    ``first`` (on a calendar of 31-day months; 0 when either lacks its month or day)."""
    if second.month is None or second.day is None or first.month is None or first.day is None:
        return 0
    return (second.month - first.month) * 31 + second.day - first.day


def _days_round(first: Spec, second: Spec) -> int:
    """About how many days ``second``, a day of the calendar, comes after ``first``, counted
    forward round the year end (on a calendar of 31-day months)."""
    return ((second.month or 1) - (first.month or 1)) * 31 + (second.day or 1) - (first.day or 1) \
        + 12 * 31


# "next Thursday and Friday", "last Tuesday or Wednesday": a list of days of one week
_WEEK_LIST_JOIN = re.compile(r"\s*,?\s+(?:and|or)\s+|\s*,\s*")


def _same_week_list(text: str, first: Match, second: Match) -> bool:
    """Whether ``second``, a bare weekday later in the week, is listed right after ``first``, a
    weekday told with "next", "last" or "this", which it shares: "the summit next Thursday
    and Friday" is the Friday after that Thursday, not the coming one; or a bare weekday, whose
    week it shares as well: "an alert for Friday and Saturday", published on the Friday, is
    that Friday and the Saturday after it, not the Saturday before, whatever the tense."""
    return _a_weekday(first.spec) and _a_weekday(second.spec) and \
        first.spec.direction in (Direction.NEXT, Direction.LAST, Direction.THIS,
                                 Direction.TENSE) and \
        second.spec.direction is Direction.TENSE and first.spec.weekday is not None and \
        second.spec.weekday is not None and second.spec.weekday > first.spec.weekday and \
        _WEEK_LIST_JOIN.fullmatch(text, first.end, second.start) is not None


# "closed from Saturday until Tuesday": a state that may still hold, not a stretch that has run
_UNTIL_STATE = re.compile(r"\b(?:until|till)\b", re.IGNORECASE)
# "was moved from Sunday afternoon to Saturday night": a move from one day to another, no stretch
_MOVED_FROM = re.compile(r"\b(?:moved|shifted|switched|changed|rescheduled|postponed|brought\s+"
                         r"forward|pushed\s+back)\b[^.;!?]{0,40}\bfrom\s+$", re.IGNORECASE)
_MOVED_REACH = 60  # characters before the first day searched for the move
# "Kyiv banned public gatherings from Monday to Thursday", "imposed a curfew from Friday to
# Sunday": a stretch decreed, told in the past, which may be running still, not one that has run
_DECREED_FROM = re.compile(r"\b(?:banned|imposed|ordered|declared|announced|extended|suspended"
                           r"|prohibited|restricted)\b[^.;!?]{0,50}\bfrom\s+$", re.IGNORECASE)
# "Thursday night into Friday", "late Sunday into Monday": a night running on into the next day;
# the second day follows the first, which keeps its own reading (no stretch read as a whole)
_INTO = re.compile(r"\s+into\s+", re.IGNORECASE)
# "the closure starts at 10 p.m. Friday and ends at 5 a.m. Monday": the end told in a clause of
# its own is a range's end all the same (the Monday after that Friday, even when published on one)
_AND_ENDS = re.compile(r"\s+and\s+(?:ends?|ending|reopens?|reopening|finish(?:es)?|lifts?)"
                       r"\s+(?:at|by|on)\s+", re.IGNORECASE)


def with_range_ends_after_starts(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` where the second of two dates joined as a range, written without a year
    ("from April 15 to July 15", "between May 1 and June 30", "from May 3, 2017 to July 9"),
    counts from the first: it is
    the first such day after it; so is the second of two months ("from June to November",
    whatever the tense of the sentence: the season runs forward), and of two weekdays ("from
    8pm on Friday until 6am on Monday", "shut from Saturday until Tuesday": the Monday after
    that Friday, even when published on a Monday; "from 8am to 8pm on Friday" is one day), and of
    today or tomorrow and a weekday ("from 10 p.m. today to 7 a.m. Thursday"))."""
    changed = list(matches)
    for index in range(len(matches) - 1):
        first, second = matches[index], matches[index + 1]
        if second.spec.bare_time:
            continue  # a clock time with no day of its own ends no range of days or months
        if _same_week_list(text, first, second):
            changed[index + 1] = second._replace(spec=second.spec.model_copy(update={
                "kind": SpecKind.RELATIVE, "unit": Unit.DAY, "offset": 1, "anchor": "previous",
                "direction": Direction.TENSE}))
            continue
        if not (_yearless_day(first.spec) and _yearless_day(second.spec)
                or _yearless_month(first.spec) and _yearless_month(second.spec)
                # "from May 3, 2017 to July 9": the July 9 after that May 3
                or _with_its_year(first.spec) and (_yearless_day(second.spec)
                                                   or _yearless_month(second.spec))
                # "next June through August": the August after that June
                or _next_month(first.spec) and _yearless_month(second.spec)
                or _a_weekday(first.spec) and _a_weekday(second.spec)
                and first.spec.weekday != second.spec.weekday
                # "from 10 p.m. today to 7 a.m. Thursday": the Thursday after today
                or _publication_day(first.spec) and _a_weekday(second.spec)) or \
                second.spec.range_other:
            continue
        if first.spec.day is not None and _wraps_most_of_a_year(first.spec, second.spec) and \
                _MOVE_BEFORE.search(text, max(0, first.start - _MOVE_REACH), first.start):
            continue  # "moved the meeting from Nov. 25 to Nov. 18": a move back, not a range
        into = _INTO.fullmatch(text, first.end, second.start) is not None
        if not (into or joined_as_range(text, first.start, first.end, second.start) or
                _a_weekday(second.spec) and _AND_ENDS.fullmatch(text, first.end, second.start)):
            continue
        if _a_weekday(second.spec) and _date_follows(text, matches, index + 1):
            continue  # "until 5 a.m. Monday, Oct. 16": the date written after it names the day
        if _a_weekday(second.spec):  # the weekday after the first, as "the following Monday"
            update = {"kind": SpecKind.RELATIVE, "unit": Unit.DAY, "offset": 1,
                      "anchor": "previous", "direction": Direction.TENSE}
            if not into and _a_weekday(first.spec) and first.spec.weekday and \
                    second.spec.weekday and \
                    _UNTIL_STATE.search(text, first.end, second.start) is None and \
                    _MOVED_FROM.search(text, max(0, first.start - _MOVED_REACH),
                                       first.start) is None and \
                    _DECREED_FROM.search(text, max(0, first.start - _MOVED_REACH),
                                         first.start) is None:
                changed[index] = first._replace(spec=first.spec.model_copy(update={
                    "range_days": (second.spec.weekday - first.spec.weekday) % 7}))
        else:
            update = {"anchor": "previous", "direction": Direction.NEXT}
            if first.spec.year is None and _wraps_most_of_a_year(first.spec, second.spec):
                changed[index] = first._replace(spec=first.spec.model_copy(update={
                    "range_days": _days_round(first.spec, second.spec)}))
            elif first.spec.year is None and 0 < _days_on(first.spec, second.spec) < SHORT_RANGE_DAYS:
                # "the hurricane season, which runs June 1 to Nov. 30": how long it runs, so that
                # one told in the present that has begun and not ended is the one running
                changed[index] = first._replace(spec=first.spec.model_copy(update={
                    "range_days": _days_on(first.spec, second.spec)}))
        changed[index + 1] = second._replace(spec=second.spec.model_copy(update=update))
    return changed


# a habit, for the time of day it keeps ("we always left before dawn", "we used to eat at 6
# p.m.", not "was used to build"); a month beside it may be one ("has always said he would
# resign in March")
_HABIT_OF_THE_DAY = cued(re.compile(r"\b(?:always|(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)"
                               r"(?<!\bbe\s)(?<!\bbeen\s)used\s+to\s+(?!be\b)[a-z]+)\b",
                               re.IGNORECASE))
# a word that tells what happens as a rule, not once: "the bloom usually peaks in mid-April"
# ("as often as every five minutes" is a rate of its own, the SET, not a habit of the clause:
# "the sale starts at 9 a.m., and deals drop as often as every five minutes" is that day's 9 a.m.)
# so does a season or month told as the best, busiest or hottest time of a place, in the present:
# "Petra is best visited in spring" (not "the comet will be best seen in March": one March),
# "the city is at its emptiest in January", "the best months are November to February", "the
# best time to visit the park is March"; so is a season of the year told as running from one
# month to another ("the rainy season runs from May to October", not from one day to another:
# "the spring season runs from April 27 to May 25" is this year's: the dated day ends the
# stretch searched, right after "from"), and the high, low or shoulder
# season of travel ("in high season, from June to September")
# (not "generally" before what one knows or holds: "was generally aware that the balls were
# deflated in January" is this January); "historically" before a comma or a verb speaks of what
# has held over the years ("historically, October has been strong"), not before an adjective
# ("historically low rates in March" is this March)
_HABITUAL = cued(re.compile(r"\b(?:usually|typically|normally|traditionally"
                       r"|often(?!\s+as\s+(?:every|once|twice|\d|one|two|three|four|five|six|ten)\b)"
                       r"|historically(?=\s*,|\s+(?:the|a|an|been|is|are|was|were|has|have)\b)"
                       r"|generally(?!\s+(?:aware|known|unaware|believed|thought|accepted|agreed"
                       r"|understood|regarded|considered|recognized|recognised)\b)"
                       r"|(?:is|are)\s+(?:at\s+(?:its|their)\s+)?(?:best|busiest|quietest|calmest"
                       r"|emptiest|hottest|coldest|wettest|driest)"
                       r"|(?<!\bwill\sbe\s)(?<!\bshould\sbe\s)best\s+(?:visited|seen|explored|walked|enjoyed)"
                       r"|the\s+best\s+(?:months?|time|season|weather)"
                       r"(?:\s+(?:to|for)(?:\s+[a-z]+){1,3})?\s+(?:is|are|comes?)"
                       r"|(?<!\d\s)\bseason\s+(?:runs|lasts|stretches|extends)\s+from(?!\s*$)"
                       r"|(?:high|low|peak|shoulder)[\s-]+season|shoulder\s+months)\b",
                       re.IGNORECASE))
# a clause of its own after the expression: "close in the fall, after a review that typically
# takes six months" tells what is usual of the review, not of the fall; so does one opened by
# "when": "a ruling is expected by the end of June, when the court traditionally wraps up its
# term" is this June; so does a comparison: "placed 127 dogs between 10 a.m. and 6 p.m., more
# than it usually does in two weeks" is that day's 10 a.m.
_RELATIVE = re.compile(r"\b(?:that|which|who|when|than)\b", re.IGNORECASE)
# nor does a phrase set beside the expression that describes it: "cooler weather in August,
# traditionally the snowiest month", "they lost the Christmas holidays, usually worth a quarter of
# their takings" are this August and these holidays (but "in December, usually by 5 percent")
_APPOSITION = re.compile(r"\s*,\s*", re.IGNORECASE)
_DESCRIBED_AS = re.compile(r"\s+(?:the|their|its|his|her|our|a|an|worth)\b", re.IGNORECASE)


_CLOCK_WORDS = r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b|noon|midnight|midday)"


# a new main clause after a comma or a semicolon tells of its own time: "benefits are normally
# paid on the first, so January's payment arrived on Jan. 2" is this January's payment
_NEW_CLAUSE = re.compile(r"[,;]\s*(?:so|but|yet)\s", re.IGNORECASE)
# so does one after a comma that looks ahead: "closures typically last two weeks, and forwarders
# expect bookings to stay soft until mid-February" is the coming February
_EXPECT = re.compile(r"\bexpect(?:s|ed|ing)?\b", re.IGNORECASE)


def _ahead_after_comma(text: str, start: int, end: int) -> bool:
    """A clause after the last comma between ``start`` and ``end`` told in the future."""
    comma = text.rfind(",", start, end)
    return comma >= 0 and (_FUTURE.search(text, comma, end) is not None or
                           _EXPECT.search(text, comma, end) is not None)


def _closed_aside(text: str, start: int, end: int, at: int) -> bool:
    """A word like "normally" opening an aside set off by commas that closes before ``at``:
    "The harvest, normally in late September, could start in mid-August" is this August."""
    return text[max(0, start - 2):start].rstrip().endswith(",") and "," in text[end:at]


def _usual_for(text: str, start: int, end: int, match: Match) -> bool:
    """A word like "usually" between ``start`` and ``end`` that speaks of ``match``: before
    it in the same clause, or after it in the same clause, not in a relative clause that
    follows, nor past a comma when ``match`` is told ahead ("will remain offline until
    mid-January, and demand typically peaks in February" is the coming January)."""
    return any(_NEW_CLAUSE.search(text, found.end(), match.start) is None and
               not _ahead_after_comma(text, found.end(), match.start) and
               not _closed_aside(text, found.start(), found.end(), match.start)
               if found.start() < match.start else
               _RELATIVE.search(text, match.end, found.start()) is None and not (
                   _APPOSITION.fullmatch(text, match.end, found.start()) is not None and
                   _DESCRIBED_AS.match(text, found.end()) is not None) and not (
                   "," in text[match.end:found.start()] and
                   (_FUTURE.search(text, start, match.start) is not None or
                    _EXPECTED_AHEAD.search(text, start, match.start) is not None)) and not (
                   _LATER_CLAUSE.search(text, match.end, found.start()) is not None and
                   _told_in_past(text, start, match.start))
               for found in _HABITUAL.finditer(text, start, end))
# an event said to be expected at a time is one still to come, whatever a later clause tells of
# habit: "the next meeting is expected in mid-March, and proxy materials usually go out six
# weeks beforehand" is the coming March
_EXPECTED_AHEAD = re.compile(r"\b(?:is|are)\s+(?:now\s+|also\s+)?expected\b", re.IGNORECASE)
# a clause of time after a clock time told in the past has its own habit: "collapsed at 6:40
# a.m., 20 minutes before the first children usually cross" is that day's 6:40
_LATER_CLAUSE = re.compile(r"\b(?:before|after|while|until)\b", re.IGNORECASE)
# a month ending a recurrence is when it stops: "on Fridays through February" is this February
# (but not the end of a range of months: "on Fridays from October through March" is every year's)
_UNTIL = re.compile(r"\b(?:through|until|till|thru)\s+(?:(?:early|mid|late)[\s-]+)?$",
                    re.IGNORECASE)
# a month after "since" is a point in the past, not of every year: "with gyms closed since
# mid-March, trainers recommend a walk each morning" is this March
_SINCE = re.compile(r"\bsince\s+(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)
# so is a month in which something began or ended, told in the past: "the sit-in, which began in
# late September, has drawn crowds each evening" is this September (not "usually begins in"), and
# one in a relative clause told in the past: "El Nino, which peaked in December, typically warms
# the planet most the year after" is this December
_ONSET = re.compile(r"\b(?:began|started|erupted|broke\s+out|ended|was\s+launched|were\s+launched"
                    r"|(?:which|who)\s+[a-z]{3,}ed)"
                    r"\s+in\s+(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)
# a month from which a new arrangement runs, with no end given, is the coming (or last) one, not
# every year's: "from January you can work Tuesdays only", "starting in March the bus runs
# hourly" (but "open daily from May to October" is every year's season)
_FROM_ONSET = re.compile(r"\b(?:from|starting(?:\s+in)?|beginning(?:\s+in)?|as\s+of)\s+"
                         r"(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)
_RANGE_END_AFTER = re.compile(r"\s*(?:to|until|till|through|thru|and|[-\u2013])\b", re.IGNORECASE)
# a month that "since then" looks back to is a point in time: "In September a new coordinator took
# over, and since then she has scheduled me for Saturdays" is this September
_SINCE_THEN = re.compile(r"\b(?:ever\s+)?since\s+then\b", re.IGNORECASE)


# a schedule changed to a recurrence in a month is changed once, that month: "trivia night
# moves to Tuesdays in October", "the market switched to Saturdays in May" (not "usually moves
# to Tuesdays in October", every year's)
_CHANGE_TO = re.compile(r"\b(?:mov(?:e|es|ed|ing)|switch(?:es|ed|ing)?|shift(?:s|ed|ing)?"
                        r"|chang(?:e|es|ed|ing)|revert(?:s|ed|ing)?)\s+(?:back\s+)?to\s+$",
                        re.IGNORECASE)
_IN_MONTH = re.compile(r"\s+in\s+(?:(?:early|mid|late)[\s-]+)?", re.IGNORECASE)
_CHANGE_REACH = 24  # characters before a recurrence where such a verb may begin


# told in the past, what recurred on days of the week in a month named after "in" went on in
# that month ("staff were given Fridays off in August", "worked four days a week during a trial
# in March and April" are this August, this March and April), not in every year's as a range of
# months may ("was booked every weekend from May through October"), nor in a habit of years
# ("as a boy he fished on Saturdays in June", "used to work Sundays in July")
_IN_MONTH_BEFORE = re.compile(r"\bin\s+(?:(?:early|mid|late)[\s-]+)?(?:[a-z]{3,9}\s+and\s+)?$",
                              re.IGNORECASE)
_MONTH_RANGE_AFTER = re.compile(r"\s*(?:to|until|till|through|thru|[-\u2013])\b", re.IGNORECASE)
_HABIT_OF_YEARS = re.compile(r"\b(?:as\s+an?\s+(?:boy|girl|child|youngster|teenager|student)"
                             r"|used\s+to|would|each\s+year|every\s+year)\b", re.IGNORECASE)


def _month_of_a_past_spell(text: str, start: int, match: Match) -> bool:
    """A month after "in" that a recurrence told in the past went on in, not a range of months
    nor a habit of years."""
    return match.spec.season is None and \
        _IN_MONTH_BEFORE.search(text, max(start, match.start - 20), match.start) is not None and \
        _MONTH_RANGE_AFTER.match(text, match.end) is None and \
        _HABIT_OF_YEARS.search(text, start, match.start) is None


def _particular_month(text: str, match: Match, seg_end: int,
                      recurring: list[Match], usually: bool) -> bool:
    """A month written alone that marks when a new arrangement began or begins, however
    often what follows recurs."""
    before = text[max(0, match.start - 25):match.start]
    if _FROM_ONSET.search(before) is not None and \
            _RANGE_END_AFTER.match(text, match.end) is None:
        return True
    if not usually and any(
            r.end <= match.start and _IN_MONTH.fullmatch(text, r.end, match.start) is not None
            and _CHANGE_TO.search(text, max(0, r.start - _CHANGE_REACH), r.start) is not None
            for r in recurring):
        return True
    if _SCHEDULED_FOR.search(text, max(0, match.start - _SCHEDULED_FOR_REACH),
                             match.start) is not None:
        return True
    return _SINCE_THEN.search(text, match.end, seg_end) is not None


# a month something is scheduled or set for is the one occasion fixed, whatever recurs around it:
# "the committee meets every Tuesday and could schedule a debate for March", "holds hearings
# every week and has set the vote for June" are this March and this June
_SCHEDULED_FOR = re.compile(r"\b(?:schedule|schedules|scheduled|reschedule|rescheduled|set|sets|"
                            r"fix|fixes|fixed)\s+(?:a|an|the|its|their|his|her)\s"
                            r"[\w'\s-]{0,60}?\bfor\s+(?:early\s+|mid-?|late\s+)?$",
                            re.IGNORECASE)
_SCHEDULED_FOR_REACH = 90  # characters before the month in which to look for the scheduling


# a recurrence told in the future tense is planned for the coming months, not every year:
# "Clinics will offer shots every Saturday in February" is this February's Saturdays; so is a
# plan ("the contract the government plans to phase in from early October changes pay for
# Saturdays": this October), and one scheduled ("late-night trips on Fridays are scheduled to
# begin in January", "strikes are planned for every Saturday in January", "walkouts are planned
# every weekend in April": the coming month; not a timetable, "buses are scheduled every hour");
# so is one reported as planned ("the department said it would hold job fairs every Saturday in
# February"), not a habit of the past ("as a boy he would fish every Saturday in June"); so is
# one hoped for or intended ("plan an amnesty in the autumn and hope to hold one every year")
_FUTURE = re.compile(r"\b(?:will|shall|(?:plans?|planning|going|hopes?|hoping|intends?|intending|"
                     r"(?:is|are)\s+(?:due|set|scheduled))"
                     r"\s+to|(?:is|are)\s+(?:planned(?:\s+for)?|scheduled\s+for))\b"
                     r"|\b(?:said|says|announced)\s+(?:that\s+)?(?:it|they|he|she|we)\s+would\b"
                     r"|\w\x27ll\b", re.IGNORECASE)
# a recurrence counted out ("once a month", "every year", "twice a week"), not a rate ("10
# million hectares a year", "grew 4 percent annually"): "walk the route once a month from March
# to October", "the fair is held annually in June" are every year's months
_COUNTED = re.compile(r"(?:once|twice|every|each|annually|yearly)\b", re.IGNORECASE)
_DAYS_OR_MORE = re.compile(r"P\d*[DWMY]")  # a day or longer: not "every 10 minutes until 1am"
# a quantity just before makes it a rate: "rose 3 percent each year", "$2 billion every year"
_RATE_BEFORE = re.compile(r"(?:\d|\bpercent\b|%)[^.;!?]*$", re.IGNORECASE)
# "daily" used as an adverb ("open daily from 9", "served daily, except"), not "daily flights"
_ADVERB_AFTER = re.compile(r"\s*(?:[.,;:)]|$|(?:and|or|but|except|from|at|in|until|till|to|on|"
                           r"during|between|through|year-round)\b)", re.IGNORECASE)


# a count of days in a week names days when things happen, as "on Mondays" does: "may water
# two days a week, never between 9 a.m. and 6 p.m.", "open five days a week from 9 a.m."
_DAYS_A_WEEK = re.compile(r"\b(?:days|nights|mornings|evenings)\s+(?:a|per|each|every)\s+week$",
                          re.IGNORECASE)


def _recurrence(text: str, match: Match) -> bool:
    """A recurrence that names when things happen ("on Mondays", "every evening", "each
    August", "daily", "three days a week"), not a rate ("500 barrels a day") or an adjective
    ("daily flights")."""
    spec = match.spec
    if spec.kind is not SpecKind.SET:
        return False
    if spec.value == "P1W" and _DAYS_A_WEEK.search(text, match.start, match.end):
        return True
    if match.rule == _SET_ADJECTIVE:
        return spec.value in ("P1D", "XXXX-XX-XXTNI") and \
            _ADVERB_AFTER.match(text, match.end) is not None
    if match.rule == _SET_SLOT:  # "moves to its Wednesday slot": a noun's modifier, as above
        return False
    if (spec.value or "").startswith("XXXX-XX-XXT") and \
            _USUAL_CLOCK.search(text, max(0, match.start - 30), match.start) is not None:
        return False  # "rather than the usual 11pm": the rule set against this once
    return (spec.value or "").startswith("XXXX") or _every_day(text, match)


def _every_day(text: str, match: Match) -> bool:
    """A recurrence written "every day", "each day" or "every night"."""
    return text[match.start : match.end].lower() in ("every day", "each day", "every night")


# a weekly recurrence written with "every" or "each": "every weekend", "each Saturday"
_EVERY_WEEKLY = re.compile(r"(?:every|each)\s+(?:weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
                           re.IGNORECASE)


def _every_day_or_week(text: str, match: Match) -> bool:
    """A recurrence written "every day", "every night", "every weekend" or "each Saturday":
    told in the past, it went on through the season told once ("neighbours complained of
    noise every weekend during the summer" is this summer)."""
    return _every_day(text, match) or \
        _EVERY_WEEKLY.fullmatch(text, match.start, match.end) is not None


# an aside set off by commas and opened by a past participle ("The parade, held every June to
# mark the birthday, will begin at 10 a.m."): its recurrence describes the subject, not the
# clause's event
_ASIDE_OPEN = re.compile(r",\s+(?:[a-z]+ed|held|run|built|known|set|made)\s+[^,;]{0,60}$")
# so does one in a relative clause set off so, before a clause told in the past
# ("The committee, which meets every Tuesday, had pushed the hearings into March": this March;
# but "The market, which opens every Saturday, closes in January" is every January)
_RELATIVE_ASIDE_OPEN = re.compile(r",\s+(?:which|who)\s+[^,;]{0,60}$")
# how far before the recurrence such an aside may open (its comma, a word and 60 characters):
# looked for only there, a long sentence with many recurrences costs linear time
_ASIDE_REACH = 160
# and how far after the aside the verb of the clause it sits in is looked for: right after it,
# the subject having come before ("The committee, which meets every Tuesday, had pushed ...")
_CLAUSE_AFTER_REACH = 60


def _in_aside(text: str, start: int, match: Match, end: int) -> bool:
    """Whether a recurrence stands in a participial aside that opens after ``start`` and
    closes with a comma before ``end``."""
    comma = text.find(",", match.end, end)
    if comma < 0:
        return False
    start = max(start, match.start - _ASIDE_REACH)  # no aside opens further back
    return _ASIDE_OPEN.search(text, start, match.start) is not None or (
        _RELATIVE_ASIDE_OPEN.search(text, start, match.start) is not None and
        _told_in_past(text, comma, min(end, comma + _CLAUSE_AFTER_REACH)))


# a clause that follows, set off by a comma and a conjunction or by a semicolon: "Ashes are
# given out on Ash Wednesday from 7 a.m. to 7 p.m., and a service is held every Friday"
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while)\s|;", re.IGNORECASE)


def _one_day(spec: Spec) -> bool:
    """A single day: a date with its day, a weekday, or a feast counted from Easter or by the
    moon."""
    return spec.hour is None and (spec.day is not None or spec.weekday is not None or
                                  spec.easter is not None or spec.lunisolar is not None)


def _of_the_date_before(text: str, seg_start: int, match: Match,
                        recurring: list[Match]) -> bool:
    """A clock time in the clause of the date written just before it (the stretch opens at
    that date), with every recurrence in a later clause: the time of that date."""
    if not recurring or _NEXT_CLAUSE.search(text, seg_start, match.start) is not None:
        return False
    first = min(r.start for r in recurring)
    return first > match.end and _NEXT_CLAUSE.search(text, match.end, first) is not None


def _counted_recurrence(text: str, match: Match) -> bool:
    """A recurrence counted out in days or longer ("once a month", "every year"), not a rate
    ("3 percent every year") nor one within a day ("every 10 minutes")."""
    return match.spec.kind is SpecKind.SET and \
        _COUNTED.match(text, match.start, match.end) is not None and \
        _DAYS_OR_MORE.fullmatch(match.spec.value or "") is not None and \
        _RATE_BEFORE.search(text, max(0, match.start - 30), match.start) is None


# a relative clause set off by a comma tells its own tense: "the town drew crowds to the fair,
# which is held annually in June" is every year's June
_RELATIVE_OPEN = re.compile(r",\s+(?:which|that|where|when)\s", re.IGNORECASE)


def _clause_start(text: str, start: int, match: Match) -> int:
    """Where the relative clause holding ``match`` opens after ``start``, or ``start``."""
    opening = start
    for found in _RELATIVE_OPEN.finditer(text, start, match.start):
        opening = found.start()
    return opening


# a verb of saying ahead of what is said: "the harbour master said boats go out every day in
# winter" tells a habit in the present, though "said" is past
_REPORT_VERB = re.compile(r"\b(?:said|says|told\s+\w+|added|explained)\s+(?:that\s+)?",
                          re.IGNORECASE)


def _after_report(text: str, start: int, end: int) -> int:
    """Where what is reported opens, after the last verb of saying between ``start`` and
    ``end``, or ``start``."""
    opening = start
    for found in _REPORT_VERB.finditer(text, start, end):
        opening = found.end()
    return opening


def _told_in_past(text: str, start: int, end: int) -> bool:
    """Whether a stretch of a sentence has a verb in the past tense."""
    return any(tense is Tense.PAST for _, tense in markers(text[start:end]))


def _told_once(text: str, start: int, end: int) -> bool:
    """Whether a stretch of a sentence has a verb in the past or the future tense."""
    return any(tense in (Tense.PAST, Tense.FUTURE) for _, tense in markers(text[start:end]))


# a second verb in the present perfect opens a clause of its own: "opened in March and has
# sold out every weekend"
_AND_PERFECT = re.compile(r"\s(?:and|but)\s+(?:has|have)\s", re.IGNORECASE)


def _past_clause_ahead(text: str, seg_start: int, match: Match, recurring: list[Match]) -> bool:
    """A month told in the past or the future in a clause of its own, set off by a comma ahead
    of every recurrence ("The runner, who won in October, says he rests on Sundays": last
    October; "who said he would retire in January, has hosted a dinner every spring": the
    coming January; "March was cold, with frost on most nights": last March), or by a verb in
    the present perfect ("The show opened in March and has sold out every weekend")."""
    if not recurring:
        return False
    first = min(r.start for r in recurring)
    comma = text.find(",", match.end, first)
    if comma < 0:
        if "ha" not in text[match.end:first]:
            return False  # a cheap test spares the scan
        perfect = _AND_PERFECT.search(text, match.end, first)
        if perfect is None:
            return False
        comma = perfect.start()
    clause = text.rfind(",", seg_start, match.start) + 1 or seg_start
    return _told_once(text, clause, comma)


def _past_clause_after(text: str, seg_end: int, match: Match, recurring: list[Match]) -> bool:
    """A month told in the past in a clause of its own, set off by a comma after every
    recurrence ("Rent is due on the first of the month, and she missed October": last October;
    not "The market, which opens every Saturday, closes in January", what it does as a rule)."""
    if not recurring or any(r.end > match.start for r in recurring):
        return False
    comma = text.rfind(",", max(r.end for r in recurring), match.start)
    if comma < 0:
        return False
    end = text.find(",", match.end, seg_end)
    return _told_in_past(text, comma + 1, seg_end if end < 0 else end)


# a relative clause set off by a comma, of a place or a person named after the clock time
_RELATIVE_AFTER = re.compile(r",\s+(?:where|which|who|whom|whose)\b", re.IGNORECASE)


def _past_time_before_plan(text: str, seg_start: int, match: Match,
                           recurring: list[Match]) -> bool:
    """A clock time told in the past ahead of a recurrence that a clause of its own plans ("Mail
    carriers returned to work at 8 a.m. and will deliver on Saturdays") or that a relative
    clause tells of something named after it ("He left prison at 8am and was driven to a
    hostel, where he must stay every night"): the time of the day told, not of every such day
    (not "The ferry left at 7 a.m. on Sundays", a past habit)."""
    if not recurring or any(r.start < match.end for r in recurring):
        return False
    if not _told_in_past(text, seg_start, match.start):
        return False
    between = text[match.end:recurring[0].start]
    return any(tense is Tense.FUTURE for _, tense in markers(between)) or \
        _RELATIVE_AFTER.search(between) is not None


def _past_after_habit_aside(text: str, seg_start: int, seg_end: int, match: Match,
                            recurring: list[Match]) -> bool:
    """A clock time told in the past after an aside set off by commas that holds the habit
    ("The center, which normally closes at 7 p.m., stayed open until 11 p.m.": the 11 p.m. of
    the day told, not of every day), with no habit told after the aside."""
    comma = text.rfind(",", seg_start, match.start)
    opening = text.rfind(",", seg_start, comma) if comma > seg_start else -1
    if opening < 0 or any(r.start > comma for r in recurring):
        return False
    if _HABITUAL.search(text, opening, comma) is None and \
            _OPENING_HOURS.search(text, opening, comma) is None:
        return False
    return _HABITUAL.search(text, comma, seg_end) is None and \
        _OPENING_HOURS.search(text, comma, seg_end) is None and \
        _told_in_past(text, comma, match.start)


def _range_end(spec: Spec) -> bool:
    """The second month of a range, counted from the first ("from June to November")."""
    return spec.direction is Direction.NEXT and spec.anchor == "previous" and spec.unit is None


def _any_year_month(spec: Spec) -> bool:
    """A month or season written alone ("in August", "late October", "winter"), not one
    with its year told ("late July this year")."""
    return spec.kind is SpecKind.DATE and (spec.month is not None or spec.season is not None) \
        and spec.year is None and spec.unit is None and spec.day is None and spec.weekday is None \
        and spec.hour is None and spec.easter is None \
        and (spec.direction is Direction.TENSE or _range_end(spec)) \
        and spec.lunisolar is None and spec.decade is None and spec.century is None


def _usual_deadline(text: str, start: int, end: int, match: Match) -> bool:
    """A month as a deadline in a clause that tells what usually happens ("Cuckoos usually
    return in mid-April and leave by July"): July of any year, not the next one."""
    return match.rule == _DEADLINE_MONTH and _usual_for(text, start, end, match)


def _dated(spec: Spec) -> bool:
    """An expression that places what its clause tells on the calendar ("this year", "June
    10", "last week"): it ends the reach of a habitual word."""
    return spec.kind in (SpecKind.DATE, SpecKind.RELATIVE, SpecKind.WEEKDAY) \
        and not spec.bare_time and not _bare_part_of_day(spec) and not _any_year_month(spec)


# opening hours told in the present: "The gate opens at 6 a.m.", "The palace is open from 9 a.m.
# to 5 p.m." give the hours of any day the place is open, not of the day of publication
# so do the hours hunting or fishing is allowed, often counted from sunrise or sunset: "Hunting
# is permitted from half an hour before sunrise to sunset", "Shooting hours run until noon"
# and so do the hours told ahead: "The wheel will operate from 11 a.m. until 11 p.m."
_OPENING_HOURS = cued(re.compile(r"\b(?:opens|closes|(?:is|are|stays|remains)\s+open|operates"
                            r"|will\s+(?:be|stay|remain)\s+open|will\s+operate"
                            # "with opening hours from 9.30am", "opening times will be 10am to 4pm"
                            r"|opening\s+(?:hours|times)(?:\s+(?:are|will\s+be|run))?"
                            # "Hours are 9 a.m. to 8 p.m.", "Trading hours will be 10am to 4pm"
                            r"|(?<!opening\s)hours\s+(?:are|will\s+be|run)"
                            # lifeguards' hours at a beach or pool: "Lifeguards are on duty from
                            # 10 a.m. to 6 p.m.", "Guards will remain on duty until 7 p.m."
                            r"|(?:life)?guards?\s+(?:are|is|will\s+(?:be|remain|stay)|remains?|stays?)"
                            r"\s+on\s+duty"
                            # the day of a camp, a holiday club or a nursery: "Drop-off is from 8am",
                            # "with drop-off from 8.30am and collection by 5.30pm", "Sessions run
                            # from 10am to 3pm", "After-care is available until 6 p.m."
                            r"|(?:drop-?offs?|drop\s+off|pick-ups?|pick\s+up|collection)\s+(?:(?:is|are"
                            r"|will\s+be|runs?|starts?|begins?)(?:\s+[a-z]+ed)?\s+(?:from|at|by|between|after"
                            r"|until)|from|by|between|after)"
                            r"|(?:sessions|camps|clubs)\s+(?:run|will\s+run)"
                            r"|(?:care|supervision)\s+(?:is|will\s+be)\s+(?:available|offered|provided)"
                            r"|(?:hunting|fishing|angling|shooting|spearing|trapping)\s+(?:is|are)\s+"
                            r"(?:permitted|allowed)|(?:shooting|hunting|fishing|spearing)\s+hours\s+"
                            r"(?:run|are|begin|start|end))\s+"
                            r"(?:(?:at|from|until|till|between)\s+)?(?:(?:half\s+an|an|one|two)\s+"
                            r"hours?\s+(?:before|after)\s+)?"
                            r"(?:" + _CLOCK_WORDS + r"|sunrise|sunset|dawn|dusk)", re.IGNORECASE))
# hours set against the usual ones are kept once: "Stalls will shut at 1pm instead of the usual
# 5pm" is the day told before
_INSTEAD_OF_USUAL = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+(?:the|its|their)\s+"
                               r"(?:usual|normal|standard|regular|customary)\b", re.IGNORECASE)
# a school's hours told in the present or ahead: "classes begin at 8:45 a.m.", "the final bell
# rings at 3:35 p.m.", "high schools will start at 7:30 a.m.", "Dismissal remains at 2:40 p.m."
# give the times of every school day, not of the day of publication; a sentence tells of a
# school ("schools", "pupils", "first bell") and the stretch has a verb of starting or ending right
# before the time, or a bell moved "from 7:15 a.m. to 8 a.m." (not "The school board meeting
# starts at 7 p.m.", "Lineup begins at 9 a.m. in the high school lot", nor the classes of a
# show, the opening bell of a market or a flea market's "final bell will ring at 3 p.m.")
_SCHOOL_CLOCK = r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b|noon|\d{1,2}:\d\d)"
_SCHOOL_WORDS = re.compile(r"\b(?:pupils|dismissal|kindergarten|pre-?k"
                           r"|(?:school|class|elementary|instructional)\s+days?"
                           r"|(?:first|late|tardy|dismissal|school)\s+bells?"
                           r"|bell\s+(?:times?|schedules?)|lunch\s+periods?"
                           r"|schools?(?!\s+(?:board|committee|district|officials?|trustees?"
                           r"|superintendent|meeting|bus(?:es)?|lot|parking|car\s+park|gym"
                           r"|gymnasium|field|stadium|auditorium|grounds|playground|hall)\b))\b",
                           re.IGNORECASE)
_SCHOOL_HOURS = re.compile(r"(?:\b(?:starts?|begins?|ends?|finish(?:es)?|rings?|lets?\s+out"
                           r"|remains?|runs?|running|functions?|starting|beginning|ending)"
                           r"(?:\s+[\w-]+){0,3}?,?\s+|\bbells?\b[^.;]{0,60}?\b)"
                           r"(?:at|from|before|until|till)\s+(?:about\s+|around\s+)?" + _SCHOOL_CLOCK,
                           re.IGNORECASE)
_SCHOOL_CUES = Cues(("chool", "upil", "ismissal", "indergarten", "ell", "unch", "re-k", "re-K", "reK",
                "rek"), fold=False)


def _school_hours(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether a stretch of a sentence that tells of a school gives the times of its day."""
    if not _SCHOOL_CUES.within(text, sentence_start, end):
        return False
    return _SCHOOL_HOURS.search(text, start, end) is not None and \
        _SCHOOL_WORDS.search(text, sentence_start, end) is not None


# but a window or the polls open once: "The launch window opens at 7:20 a.m. and closes at
# 7:52 a.m." is the launch day's, "Polls are open from 6 a.m. to 7 p.m." the election day's, and
# so does the bidding at an auction ("Bidding opens at 10:30 a.m.") or a registration
_WINDOW_OPENS = re.compile(r"\b(?:window|polls|polling\s+(?:places|stations)|bidding|registration)\s+"
                           r"(?:opens|closes|(?:is|are|stays|remains|will\s+(?:be|stay|remain))\s+open)\b",
                           re.IGNORECASE)


# a day from which new hours run, or up to which they hold: "Starting Monday, the library opens
# at 9 a.m.", "Through Sunday the museum is open until 9 p.m." give the hours of every day then
_HOURS_FROM_DAY = re.compile(r"\b(?:starting|beginning|from|as\s+of|effective|after|since|until|till"
                             r"|through|thru|to|before)\s+(?:on\s+)?$", re.IGNORECASE)
_HOURS_REACH = 16  # characters before a day searched for a word that opens or ends a stretch
# a clause of "when" set right after a day tells of that day
_WHEN_OF_THE_DAY = re.compile(r"\s*,\s+when\s", re.IGNORECASE)


def _hours_of_the_day(text: str, start: int, opener: Match | None, match: Match) -> bool:
    """Opening hours told in the present of the one day the sentence names before them ("On
    Saturday the bar is open from 8 p.m.", "Tomorrow the museum opens at 10 a.m.", "The shop opens at 8 a.m. Saturday and stays open
    until 4 p.m."): that day's hours, not any day's. Not a day hours run from or up to, nor
    one in a clause of its own or told in the past ("The store, which reopened Monday, is open
    from 9 a.m.")."""
    if opener is None or not (_day_word(opener.spec) or
                              opener.spec.kind in (SpecKind.DATE, SpecKind.WEEKDAY) and
                              (opener.spec.day is not None or opener.spec.weekday is not None)):
        return False
    if _WHEN_OF_THE_DAY.match(text, opener.end) is not None:
        # "open daily until Dec. 24, when it closes at 3 p.m.": the hours of the day the
        # clause of "when" tells of, though hours run up to it
        return _NEXT_CLAUSE.search(text, opener.end, match.start) is None and \
            _RELATIVE_OPEN.search(text, opener.end + 1, match.start) is None and \
            not _told_in_past(text, opener.end, match.start)
    return _HOURS_FROM_DAY.search(text, max(start, opener.start - _HOURS_REACH),
                                  opener.start) is None and \
        _NEXT_CLAUSE.search(text, opener.end, match.start) is None and \
        _RELATIVE_OPEN.search(text, start, match.start) is None and \
        not _told_in_past(text, start, match.start)


# the hours of a rule on watering in a drought, told in the present or the future ("bans
# watering between 11 a.m. and 7 p.m.", "Watering with a hose will be allowed only before 10
# a.m.") are of every day the rule holds, not of the day of publication
_WATERING = re.compile(r"\b(?:watering|sprinklers?|hosepipes?|irrigation)\b", re.IGNORECASE)
_WATERING_HOURS = re.compile(r"\b(?:between|before|after|until|from)\s+" + _CLOCK_WORDS,
                             re.IGNORECASE)
_WATERING_CUES = Cues(("atering", "prinkler", "osepipe", "rrigation"), fold=False)  # cheap test before the search


def _watering_hours(text: str, start: int, end: int) -> bool:
    """Whether a stretch of a sentence not told in the past gives the hours of a watering
    rule."""
    if not _WATERING_CUES.within(text, start, end):
        return False
    return _WATERING.search(text, start, end) is not None and \
        _WATERING_HOURS.search(text, start, end) is not None and \
        not _told_in_past(text, start, end)


# the hours a standing rule keeps, told in the present or the future ("bars takeoffs between
# 11.30pm and 6.30am", "jets may not land between 11pm and 6am", "a ban on alcohol sales between
# 10 p.m. and 8 a.m. takes effect Monday") are of every day the rule holds, not of the day of
# publication (a curfew's hours alone are of the night it begins: "a curfew from 11 p.m. to 7
# a.m. is in force")
# or told in the passive ("jets are barred between 11pm and 6am", "landings are restricted
# between 10 p.m. and 6 a.m."), and reported by a verb of saying after the hours ("which bans
# jet movements between 11pm and 6am, the minister said")
_RULE = re.compile(r"\b(?:bans?|bars|(?:which|that)\s+bar|prohibits?|forbids?|restricts?|"
                   r"restrictions?|allows?|permits?|"
                   r"(?:is|are)\s+(?:\w+ly\s+)?(?:banned|barred|prohibited|forbidden|restricted)|"
                   r"(?:may|must|can)\s+not|cannot|not\s+(?:allowed|permitted)|"
                   # a duty or a limit a rule sets: "cars must be moved between 8 a.m. and 11
                   # a.m.", "non-residents are limited to two hours between 9am and 5pm",
                   # "meters are enforced from 8 a.m. to 6 p.m."
                   r"must|(?:is|are|be)\s+limited\s+to|(?:is|are|be)\s+enforced)\b|"
                   # "may land only between 7am and 10pm", right before the hours
                   r"\bonly\s+$", re.IGNORECASE)
_RULE_CLOCK = r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b\.?|noon|midnight|midday)"
# (the hours may end at the sun's rising: "must shield lights between 9 p.m. and dawn"; or be
# one bound kept up to a day: "lights must be out after 10 p.m. until Oct. 31")
_RULE_SUN = r"(?:dawn|sunrise|daybreak|first\s+light|dusk|sunset|sundown|nightfall)"
_RULE_HOURS = re.compile(r"\b(?:(?:between\s+" + _RULE_CLOCK + r"\s+and|from\s+" + _RULE_CLOCK +
                         r"\s+(?:to|until|till))\s+(?:" + _RULE_CLOCK + "|" + _RULE_SUN + r"\b)|"
                         r"(?:after|before)\s+" + _RULE_CLOCK + r"\s+(?:until|till|through)\b)", re.IGNORECASE)
_SAYING = re.compile(r"(?:said|told|added|announced|explained|confirmed)\b", re.IGNORECASE)
_RULE_CUES = Cues(("ban", "bar", "rohibit", "orbid", "estrict", " not ", "annot", "must",
              "limited", "enforced", "allow", "permit", "only"), fold=False)


def _rule_hours(text: str, start: int, end: int) -> bool:
    """Whether a stretch of a sentence not told in the past gives the hours of a standing
    rule, a range of clock times ("between 11pm and 6am") after a ban or a "may not"."""
    if not _RULE_CUES.within(text, start, end):
        return False
    hours = _RULE_HOURS.search(text, start, end)
    # a verb of saying after the hours does not date the rule
    return hours is not None and _RULE.search(text, start, hours.start()) is not None and \
        not _told_in_past(text, start, hours.end()) and \
        not any(tense is Tense.PAST and _SAYING.match(text, hours.end() + at) is None
                for at, tense in markers(text[hours.end():end]))


# the hours a fare or a ticket keeps, told in the present or ahead: the times peak or off-peak
# fares apply ("Peak fares apply before 9.30am", "off-peak fares will apply after 9.30am and
# between 4pm and 7pm") or a ticket is valid only ("will only be valid after 9.30am") are of
# every day they hold, not of a day told before (a clock time with its own day keeps it:
# "off-peak fares will apply from 9.30am on Sunday")
_FARE_HOURS = re.compile(r"\b(?:(?:off[\s-]?)?peak\b[^.;]{0,60}?\b(?:apply|applies|"
                         r"(?:is|are|be)\s+(?:charged|valid|available|in\s+force)|"
                         r"run|runs|start|starts|begin|begins|end|ends)|"
                         r"only\s+(?:be\s+)?valid|valid\s+only)\b[^.;]{0,60}?"
                         r"\b(?:before|after|until|till|from|between)\s+" + _RULE_CLOCK,
                         re.IGNORECASE)


def _fare_hours(text: str, start: int, end: int) -> bool:
    """Whether a stretch of a sentence not told in the past gives the hours at which peak or
    off-peak fares apply or a ticket is valid."""
    if text.find("eak", start, end) < 0 and text.find("valid", start, end) < 0:
        return False
    hours = _FARE_HOURS.search(text, start, end)
    return hours is not None and not _told_in_past(text, start, hours.end())


# the hours of a working or school day, a range of clock times after a verb of working or
# attending, told in the present or ahead ("The nurses work from 7am to 1pm", "employees will
# work 10-hour days, from 7 a.m. to 6 p.m.", "students will attend from 7:55 a.m. to 3:45 p.m.")
# are of every such day, not of the day of publication (not those of one day named right after
# them, nor of one named before them or of a spell: "volunteers will work from 8 a.m. to 4 p.m. Saturday",
# "teams will work from 8 am to 5 pm on the first day", "On Saturday volunteers will work from 8
# a.m. to 4 p.m.")
_WORK_HOURS = re.compile(r"\b(?:works?|working|attends?|shifts?\s+(?:run|last))\b[^.;:]{0,40}?"
                         r"\bfrom\s+" + _RULE_CLOCK + r"\s+(?:to|until|till)\s+" + _RULE_CLOCK,
                         re.IGNORECASE)
_WORK_CUES = Cues(("work", "ttend", "hift"), fold=False)


def _work_hours(text: str, start: int, end: int, beside: list[Match]) -> bool:
    """Whether a stretch of a sentence not told in the past gives the hours of a working or
    school day; an expression in ``beside`` right after the hours ("on the first day") is
    their day."""
    if not _WORK_CUES.within(text, start, end):
        return False
    hours = _WORK_HOURS.search(text, start, end)
    return hours is not None and not _told_in_past(text, start, hours.end()) and \
        _COUNTED_DAY_AFTER.match(text, hours.end()) is None and \
        not any(0 <= other.start - hours.end() <= 4 and _names_a_day(other.spec)
                for other in beside)


# hours kept for a spell or from a day told in the sentence are told of its first day, as
# notices of fasting-month hours are read ("will work from 9am to 2pm during the holy month",
# "From Monday, ministries will work from 10am to 3pm")
_SPELL_OF_HOURS = re.compile(r"\bduring\b", re.IGNORECASE)
# a day of a run counted out right after the hours: "from 8 am to 5 pm on the first day"
_COUNTED_DAY_AFTER = re.compile(r"\s*,?\s*on\s+(?:the|its|each|every)\s+(?:first|second|third|fourth"
                                r"|fifth|last|final|opening|closing|same)\s+day\b", re.IGNORECASE)


# a standing lead time that opens a booking window, a length right before "in advance", "ahead"
# (not "ahead of" an event told) or "before" a day of any trip ("seats go on sale at 10 a.m. one
# month before the day of travel", "reservations open six months in advance, at 8 a.m.", "open at
# 10 am one day before the journey"): its clock time is of every such day, not of the day last told
_LEAD_TIME_AFTER = re.compile(r"\s+(?:in\s+advance\b|ahead\b(?!\s+of\b)|before\s+(?:the\s+(?:day|date)\s+of\s+)?"
                              r"(?:travel|departure|arrival|(?:the|each|every)\s+(?:journey|trip|"
                              r"departure|arrival|stay|visit|booking|reservation|date|day|show|"
                              r"performance|service|sailing|flight|hike)s?)\b)", re.IGNORECASE)


_LEAD_VERB_REACH = 40  # characters before the first expression where the verb may be told


def _lead_time(text: str, matches: list[Match], segment: list[int], start: int, end: int) -> bool:
    """Whether a stretch of a sentence gives a standing lead time, a length right before "in
    advance" or "ahead" or "before the day of travel", not told in the past around it and the
    expressions beside it (a verb of saying after them does not date the rule: "..., starting at
    7 a.m., the company said"); only where no day is told before it in the sentence ("games on
    Dec. 30 will be set six days in advance, and none will kick off before 1 p.m." is that day's)."""
    if not any(matches[j].spec.type is TimexType.DURATION and
               _LEAD_TIME_AFTER.match(text, matches[j].end) is not None for j in segment):
        return False
    first = max(start, matches[segment[0]].start - _LEAD_VERB_REACH)
    last = min(end, matches[segment[-1]].end)
    return not _told_in_past(text, first, last)


# a share of many events told in the past over a window of hours ("most arrests were made between midnight
# and 3 a.m.", "31 checkpoints, most of them between 10 p.m. and 3 a.m.") gives hours of any of
# the days they fell on, not of the day last told (a day right after the window keeps them
# its own: "most of the damage was done between 2 a.m. and 4 a.m. Sunday", and so does a day
# told before it in the sentence: "The storm hit Sunday, and most rain fell between 2 and 5 a.m.")
_MOST_WINDOW = re.compile(r"\bmost(?:\s+of\s+(?:them|those|these|the\s+\w+))?(?:\s+\w+){0,4}?\s+"
                          r"(?:between\s+" + _RULE_CLOCK + r"\s+and|from\s+" + _RULE_CLOCK +
                          r"\s+(?:to|until|till))\s+" + _RULE_CLOCK +
                          r"(?!\s*,?\s*(?:on\s+|the\s+)?(?:today|tonight|yesterday|tomorrow|this|last|next"
                          r"|(?:Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?\b|[A-Z][a-z]{2,8}\.?\s+\d))",
                          re.IGNORECASE)


def _most_in_window(text: str, start: int, end: int) -> bool:
    """Whether a stretch of a sentence tells in the past when most of many events fell, a range
    of clock times after "most" (not what most places will do: "Most will open from 10am to
    1pm" keeps the day told before)."""
    return text.find("ost", start, end) >= 0 and _MOST_WINDOW.search(text, start, end) is not None \
        and _told_in_past(text, start, end)


def _day_word(spec: Spec) -> bool:
    """A day counted from publication ("today", "tomorrow", "tonight"), one day like a date."""
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.DAY and spec.hour is None and \
        spec.offset is not None and spec.anchor != "nearby"


def with_habitual_readings(text: str, sentences: list[tuple[int, int]],
                           matches: list[Match]) -> list[Match]:
    """``matches`` where a stretch of a sentence between dated expressions ("this year",
    "June 10", "on Monday") tells what recurs, with a recurrence ("closed on Mondays", "every
    evening", "daily") or a word like "usually":

    - with a recurrence, a clock time or a part of the day with no day of its own is a time of
      every such day ("The shop is open from 7 a.m. to 2 p.m. and closed on Mondays":
      XXXX-XX-XXT07:00; "Boats leave every day at dawn": XXXX-XX-XXTMO);
    - a month or season written alone is of any year ("In winter the pass closes, usually
      from late October until early June, and this year ...": XXXX-WI, XXXX-10, XXXX-06;
      "this year" and what follows keep their dates)."""
    changed = list(matches)
    index = 0
    for start, end in sentences:
        while index < len(matches) and matches[index].start < start:
            index += 1
        last = index
        while last < len(matches) and matches[last].start < end:
            last += 1
        inside = range(index, last)
        if not inside:
            continue
        segment: list[int] = []
        seg_start = start
        opener: Match | None = None  # the dated expression the stretch opens at
        for i in [*inside, None]:
            if i is not None and (not _dated(matches[i].spec) or
                                  matches[i].rule == _DEADLINE_MONTH):
                segment.append(i)
                continue
            if not segment:  # no undated expression in the stretch: nothing to read again
                if i is not None:
                    seg_start, opener = matches[i].end, matches[i]
                continue
            seg_end = end if i is None else matches[i].start
            recurring = [j for j in segment if _recurrence(text, matches[j]) and
                         not _in_aside(text, seg_start, matches[j], seg_end)]
            recurs = bool(recurring) or (
                # told in the past, a counted recurrence is of the season told: "volunteers
                # surveyed the estuaries once a month between November and February"
                any(_counted_recurrence(text, matches[j]) and
                    not _told_in_past(text, _clause_start(text, seg_start, matches[j]), seg_end)
                    for j in segment))
            usually = _HABITUAL.search(text, seg_start, seg_end) is not None
            # what is planned may be told before a date that opens the stretch ("will charge
            # a fee on 54 days next year, mostly weekends between April and July")
            planned = recurs and not usually and \
                _FUTURE.search(text, start, seg_end) is not None
            hours = not recurs and (_OPENING_HOURS.search(text, seg_start, seg_end) is not None
                                    or _school_hours(text, start, seg_start, seg_end)) \
                and _WINDOW_OPENS.search(text, seg_start, seg_end) is None \
                and _INSTEAD_OF_USUAL.search(text, seg_start, seg_end) is None
            daily_habit = _HABIT_OF_THE_DAY.search(text, seg_start, seg_end) is not None or \
                _watering_hours(text, seg_start, seg_end) or _rule_hours(text, seg_start, seg_end) or \
                _fare_hours(text, seg_start, seg_end) or \
                (bool(segment) and _work_hours(text, seg_start, seg_end, [
                    matches[k] for k in (*segment, *(() if i is None else (i,)))]) and
                 opener is None and _SPELL_OF_HOURS.search(text, start, end) is None) or \
                (opener is None and _most_in_window(text, seg_start, seg_end)) or \
                (opener is None and _lead_time(text, matches, segment, seg_start, seg_end))
            habitual = recurs or usually or hours or daily_habit
            # told in the past, what went on every day is of the month told: "users each day
            # climbed to 200 million in March" is this March; what went on every weekend is of
            # the season told ("complained of noise every weekend during the summer"), though
            # not of months, a habit of years ("by the late 1950s the band was booked every
            # weekend from May through October")
            past_recur = bool(recurring) and _told_in_past(
                text, _after_report(text, seg_start, matches[recurring[0]].start), seg_end)
            months_recur = recurs and not (
                past_recur and all(_every_day(text, matches[j]) for j in recurring))
            seasons_recur = recurs and not (
                past_recur and all(_every_day_or_week(text, matches[j]) for j in recurring))
            for j in segment if habitual else ():
                spec = matches[j].spec
                if (recurs or hours or daily_habit or
                        _usual_for(text, seg_start, seg_end, matches[j])) and \
                        (_bare_clock(spec) or _bare_part_of_day(spec)) and not (
                        opener is not None and _one_day(opener.spec) and not usually and
                        _of_the_date_before(text, seg_start, matches[j],
                                            [matches[r] for r in recurring])) and not (
                        hours and not daily_habit and not usually and
                        _hours_of_the_day(text, start, opener, matches[j])) and \
                        not _past_time_before_plan(text, seg_start, matches[j],
                                                   [matches[r] for r in recurring]) and \
                        not _past_after_habit_aside(text, seg_start, seg_end, matches[j],
                                                    [matches[r] for r in recurring]):
                    # "usually leaves at 7 a.m.", "every day at dawn": the time of any such
                    # day, not of one
                    changed[j] = matches[j]._replace(spec=_recurring(spec))
                elif (_any_year_month(spec) or _usual_deadline(text, seg_start, seg_end,
                                                                matches[j])) and not planned and (
                        (months_recur if spec.season is None else seasons_recur) or
                        _usual_for(text, seg_start, seg_end, matches[j])) and not (
                        recurs and not _range_end(spec) and
                        _UNTIL.search(text, max(0, matches[j].start - 12),
                                      matches[j].start) is not None) and \
                        _SINCE.search(text, max(0, matches[j].start - 12),
                                      matches[j].start) is None and \
                        _ONSET.search(text, max(0, matches[j].start - 30),
                                      matches[j].start) is None and \
                        not (recurs and _particular_month(
                            text, matches[j], seg_end, [matches[r] for r in recurring],
                            usually)) and \
                        not (past_recur and not usually and
                             _month_of_a_past_spell(text, seg_start, matches[j])) and \
                        not _past_clause_ahead(text, seg_start, matches[j],
                                               [matches[r] for r in recurring]) and \
                        not _past_clause_after(text, seg_end, matches[j],
                                               [matches[r] for r in recurring]) and \
                        not (usually and not recurs and
                             _of_the_year_told(text, start, opener, matches[j])):
                    changed[j] = matches[j]._replace(spec=spec.model_copy(
                        update={"every_year": True}))
            segment = []
            if i is not None:
                seg_start = matches[i].end
                opener = matches[i]
        index = last
    return changed



def _of_the_year_told(text: str, start: int, opener: Match | None, match: Match) -> bool:
    """Whether a month after "usually" or "most often" falls in the one year told in the past
    just before it in the sentence ("was raised 6,000 times last year, most often in July" is
    that July; not "since 2009 it has usually opened in July")."""
    if opener is None:
        return False
    spec = opener.spec
    one_year = (spec.kind is SpecKind.DATE and spec.year is not None and spec.month is None and
                spec.season is None and spec.day is None and spec.unit is None) or \
        (spec.kind is SpecKind.RELATIVE and spec.unit is Unit.YEAR and spec.offset is not None)
    return one_year and _SINCE.search(text, max(0, opener.start - 12), opener.start) is None and \
        match.start - opener.end <= 40 and _told_in_past(text, start, match.start)


def _names_a_day(spec: Spec) -> bool:
    """An expression that tells which day ("Tuesday", "June 10", "yesterday", "5 p.m. Friday"):
    a clock time after it is on that day."""
    return spec.kind is SpecKind.WEEKDAY or (spec.day is not None and spec.kind is SpecKind.DATE) \
        or (spec.kind is SpecKind.RELATIVE and not spec.bare_time and
            not _bare_part_of_day(spec) and (spec.unit is Unit.DAY or spec.hour is not None))


# a clock time heading a text, with no zone and no day: "5:30 a.m.: the alarm goes off"
_CLOCK_HEADING = re.compile(r"\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?\s*:\s", re.IGNORECASE)


def _opens_on_the_clock(text: str, matches: list[Match], first: tuple[int, int]) -> bool:
    """Whether a text opens on a clock time set as a heading, with no zone and no day, over a
    sentence in the simple present ("5:30 a.m.: the alarm goes off in Linda Fuentes'
    trailer"): the scene of a usual day, told as a day in the life is, not an hour of the day
    of publication. A live report's time stamp carries its zone ("18:30 BST:") or reports in the
    past, the perfect or the future ("09:05 ET: Stocks opened higher"), and keeps the day of
    publication."""
    spec = matches[0].spec if matches else None
    if spec is None or text[:matches[0].start].strip() or spec.hour is None or \
            spec.kind is not SpecKind.RELATIVE or spec.offset or spec.part_of_day is not None:
        return False
    heading = _CLOCK_HEADING.match(text, matches[0].start)
    if heading is None:
        return False
    return not _told_once(text, heading.end(), first[1])


# a recurrence of days: a usual working day ("twice a day", "every day"; with "five nights a
# week" and "every morning"), not of a weekday ("plays every Sunday") nor of a year ("every year")
_DAILY = re.compile(r"P\d*D")


def with_carried_habits(text: str, sentences: list[tuple[int, int]],
                        matches: list[Match]) -> list[Match]:
    """``matches`` where a usual day, once told ("She works three nights a week", "Milking
    takes two hours, twice a day"), goes on in the sentences after it told in the present
    with no day named between: their clock times and parts of the day with no day of their
    own are of any such day ("By 10pm the drug round is done": XXXX-XX-XXT22:00), as a clock
    time takes the day last told. Only before any day is named: once one is ("on Friday",
    "Last Tuesday"), clock times take it or the days named after it; and a sentence told in
    the past or the future keeps its own times."""
    if not sentences:
        return matches
    changed = list(matches)
    habit_sentence: int | None = None  # the sentence the usual day was told in
    heading = _opens_on_the_clock(text, matches, sentences[0])
    if heading:
        habit_sentence = -1  # the heading and the sentences after it tell a usual day
        changed[0] = matches[0]._replace(spec=_recurring(matches[0].spec))
    day_told = False  # a day has been named: clock times take the day last told
    sentence = 0
    present: dict[int, bool] = {}  # sentences told in the present, tested once each
    for i, match in enumerate(matches[int(heading):], int(heading)):
        while sentence + 1 < len(sentences) and match.start >= sentences[sentence][1]:
            sentence += 1
        spec = match.spec
        if spec.kind is SpecKind.SET:
            value = spec.value or ""
            if not day_told and (value.startswith("XXXX-XX-XXT") or (
                    _DAILY.fullmatch(value) is not None and
                    (_recurrence(text, match) or _counted_recurrence(text, match))) or (
                    value == "P1W" and _DAYS_A_WEEK.search(text, match.start, match.end))):
                habit_sentence = sentence
            continue
        if _names_a_day(spec):
            day_told = True  # the clock times after it are of that day, or of one told later
            habit_sentence = None
            continue
        if habit_sentence is None or sentence <= habit_sentence or \
                not (_bare_clock(spec) or _bare_part_of_day(spec)):
            continue
        if sentence not in present:
            start, end = sentences[sentence]
            present[sentence] = not _told_once(text, start, end)
        if present[sentence]:
            changed[i] = match._replace(spec=_recurring(spec))
    return changed


# the hours of a day in which work is banned, told "between" or "from" them: a rule's hours of
# every day it runs ("no one may work in open places between 11.30am and 3pm", "the ban, which
# stops work at construction sites between 12.30pm and 3.30pm", "a ban on outdoor work from
# noon to 4 p.m."), not a stoppage told once ("halted work from 8am to noon")
_WORK_HOURS_BEFORE = re.compile(r"\bwork\w*\b[\w\s,'-]{0,60}?\b(?:between|from)\s+$", re.IGNORECASE)
_WORK_HOURS_REACH = 80  # characters before the first clock time in which to look for the work
_WORK_BAN = re.compile(r"\b(?:bans?|banned|banning|barred|prohibit(?:s|ed|ing)?|forbids?|forbidden|"
                       r"stops?|halt|no\s+one|no\s+outdoor|not\s+(?:be\s+)?allowed)\b", re.IGNORECASE)
_WORK_HOURS_JOIN = re.compile(r"\s*(?:and|to|until|till|[-\u2013])\s*$", re.IGNORECASE)
# ... and so are the hours in which a standing duty to keep something up holds, told "between"
# or "from" them: "between 6 a.m. and 10 p.m., landlords must keep indoor temperatures at 68
# degrees", "landlords have been required since Sept. 15 to keep apartments at 68 degrees from
# 8:30 a.m. to 10:30 p.m."; not a single act: "voters must cast ballots between 7 a.m. and 8 p.m.")
_DUTY_HOURS_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_DUTY_HOURS_REACH = 10  # characters before the first clock time in which "between" may stand
_KEEP_DUTY = cued(re.compile(r"\b(?:must|shall|(?:required|obliged|obligated)\b[\w\s.,'-]{0,30}?\bto)\s+"
                        r"(?:(?:still|also|now)\s+)?(?:keep|maintain|provide|supply)\b", re.IGNORECASE))
_HOURS_DAY_JOIN = re.compile(r"\s*,?\s*(?:on\s+|this\s+)?", re.IGNORECASE)


def with_banned_work_hours(text: str, sentences: list[tuple[int, int]],
                           matches: list[Match]) -> list[Match]:
    """``matches`` where two clock times with no day of their own bound the hours in which a
    rule bans work, or in which a standing duty to keep something up holds, in a sentence that
    names no day after them: they are of any day the rule
    runs ("outdoor work is banned between 12.30pm and 3pm": XXXX-XX-XXT12:30 and
    XXXX-XX-XXT15:00), not of the last day told ("from June 15 to August 31")."""
    changed = list(matches)
    cued: tuple[bool, bool] | None = None  # whether the text holds a ban, a duty: looked for
    # once, at the first two clock times joined (most texts have none, and the scans are slow)
    for i in range(len(matches) - 1):
        first, second = matches[i], matches[i + 1]
        if not (_bare_clock(first.spec) and _bare_clock(second.spec)) or \
                first.spec.kind is not SpecKind.RELATIVE or second.spec.kind is not SpecKind.RELATIVE or \
                _WORK_HOURS_JOIN.fullmatch(text, first.end, second.start) is None:
            continue
        if cued is None:
            cued = (_WORK_BAN.search(text) is not None, _KEEP_DUTY.search(text) is not None)
        work_ban, keep_duty = cued
        if not (work_ban or keep_duty):
            return matches
        start, end = next(((s, e) for s, e in sentences if s <= first.start < e),
                          (0, len(text)))
        banned = work_ban and _WORK_HOURS_BEFORE.search(
            text, max(0, first.start - _WORK_HOURS_REACH), first.start) is not None and \
            _WORK_BAN.search(text, start, end) is not None
        kept = keep_duty and _DUTY_HOURS_BEFORE.search(
            text, max(0, first.start - _DUTY_HOURS_REACH), first.start) is not None and \
            _KEEP_DUTY.search(text, start, end) is not None
        if not (banned or kept) or (
                i + 2 < len(matches) and _names_a_day(matches[i + 2].spec) and
                _HOURS_DAY_JOIN.fullmatch(text, second.end, matches[i + 2].start) is not None):
            continue  # "from noon to 5 p.m. today", "between 1pm and 4pm on Friday"
        changed[i] = first._replace(spec=_recurring(first.spec))
        changed[i + 1] = second._replace(spec=_recurring(second.spec))
    return changed


# a counted yearly recurrence right after a day of a month, or after the end of a span of days
# it opens: "closes from March 15 to June 30 each year", "falls on 5 June every year", "pays
# interest on Jan. 15 and July 15 of each year"
_MONTH_WORD = r"(?-i:[A-Z][a-z]{2,8})\.?"
_DAY_NUM = r"\d{1,2}(?:st|nd|rd|th)?"
_YEARLY_AFTER = re.compile(r"(?:\s*(?:to|through|until|till|and|[-\u2013])\s*(?:" + _MONTH_WORD +
                           r"\s+" + _DAY_NUM + r"|" + _DAY_NUM + r"(?:\s+" + _MONTH_WORD +
                           r")?))?,?\s+(?:(?:of\s+)?(?:each|every)\s+year|annually|yearly)\b", re.IGNORECASE)
_YEARLY_WORD = cued(re.compile(r"year|annual", re.IGNORECASE))
# ... or right before a day, and the days listed after it: "interest is paid semiannually on
# March 1 and Sept. 1", "the fee is due each year on April 1"
_YEARLY_BEFORE = re.compile(r"(?:(?:each|every)\s+year|(?:semi-?)?annually|yearly),?\s+on\s+$",
                            re.IGNORECASE)
_YEARLY_REACH = 24  # characters before a day where such a word may end
# a day told as the norm of what comes round every year: "the median ice-out date is April 13",
# "the average date over the past 140 years is April 20" (but a norm set beside this year's event is this year's
# day: "a week behind its normal onset date of June 1", "four days later than the average date of
# April 25")
_NORM_DATE_BEFORE = re.compile(r"\b(?:median|average|mean|normal)\s+(?:[a-z-]+\s+)??(?:[a-z-]+\s+)??"
                               r"dates?\s+(?:(?:over|across|in)\s+the\s+(?:past|last)\s+[a-z0-9,]+(?:\s+years)?\s+)?"
                               r"(?:is|are)\s+(?:around\s+|about\s+)?$", re.IGNORECASE)
# ... or the norm's date of what it measures ("the average date of the first snowfall at the
# airport is Oct. 24")
_NORM_DATE_OF_BEFORE = re.compile(r"\b(?:median|average|mean|normal)\s+dates?\s+of\s+"
                                  r"(?:[a-z'.-]+\s+){1,8}?(?:is|are)\s+(?:around\s+|about\s+)?$",
                                  re.IGNORECASE)
# a day told roughly as the norm, "normally" or "on average", is what comes round as a rule:
# "the first snow normally arrives around Nov. 4", "the last snowfall comes, on average, around
# April 27" (not "normally starts on Oct. 1": this year's start, put off; nor "the last frost
# usually comes around May 10" in advice for the weeks ahead: this year's)
_USUAL_AROUND_BEFORE = re.compile(r"\b(?:normally|on\s+average)\b,?\s+"
                                  r"(?:[a-z]+\s+){0,4}?(?P<around>(?:around|about)\s+)?$",
                                  re.IGNORECASE)
_AROUND = re.compile(r"around\b|about\b", re.IGNORECASE)
_NORM_WORD = cued(re.compile(r"median|average|mean|normal", re.IGNORECASE))
_NORM_REACH = 80  # characters before a day where such a norm may begin
_LISTED_AFTER = re.compile(r",?\s*(?:and|or)?\s*", re.IGNORECASE)


def with_yearly_days(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` where a day of a month written without its year comes round every year
    ("the trail closes from March 15 to June 30 each year": XXXX-03-15 and XXXX-06-30; "the
    median ice-out date is April 13": XXXX-04-13)."""
    if _YEARLY_WORD.search(text) is None and _NORM_WORD.search(text) is None:
        return matches  # one scan of the text spares a look at every match
    changed = list(matches)
    for index, match in enumerate(matches):
        spec = match.spec
        if spec.kind is SpecKind.DATE and spec.day is not None and spec.month is not None and \
                spec.year is None and spec.hour is None and spec.unit is None and \
                spec.nth is None and (spec.direction is Direction.TENSE or _range_end(spec)) and \
                spec.framed_year is None and spec.framed_years_on is None and \
                (_YEARLY_AFTER.match(text, match.end) is not None or
                 _yearly_before(text, match, changed[index - 1] if index else None) or
                 _NORM_DATE_BEFORE.search(text, max(0, match.start - _NORM_REACH),
                                          match.start) is not None or
                 _NORM_DATE_OF_BEFORE.search(text, max(0, match.start - _NORM_REACH),
                                             match.start) is not None or
                 _usual_around(text, match)):
            changed[index] = match._replace(spec=spec.model_copy(update={"every_year": True}))
    return changed


# a star sign's days in parentheses after its name, as horoscope columns print them: "ARIES
# (March 21-April 19)" are the days of any year the sign covers
_SIGN_BEFORE = re.compile(r"(?:Aries|Taurus|Gemini|Cancer|Leo|Virgo|Libra|Scorpio|Sagittarius|"
                          r"Capricorn|Aquarius|Pisces)\s*\(\s*$", re.IGNORECASE)
_SIGN_REACH = 16  # characters before a day where a sign's name and its parenthesis may end
_SIGN_RANGE_JOIN = re.compile(r"\s*(?:[-\u2013\u2014]|to|through|until)\s*", re.IGNORECASE)


def with_sign_days(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` where the days of a star sign ("Taurus (April 20-May 20)") come round every
    year: XXXX-04-20 and XXXX-05-20, not the days near publication."""
    changed = list(matches)
    for index, match in enumerate(matches):
        spec = match.spec
        if spec.kind is not SpecKind.DATE or spec.day is None or spec.month is None or \
                spec.year is not None or spec.hour is not None or spec.every_year:
            continue
        previous = changed[index - 1] if index else None
        if _SIGN_BEFORE.search(text, max(0, match.start - _SIGN_REACH), match.start) is not None or (
                previous is not None and previous.spec.every_year and
                _SIGN_BEFORE.search(text, max(0, previous.start - _SIGN_REACH),
                                    previous.start) is not None and
                _SIGN_RANGE_JOIN.fullmatch(text, previous.end, match.start) is not None):
            changed[index] = match._replace(spec=spec.model_copy(update={"every_year": True}))
    return changed


def _usual_around(text: str, match: Match) -> bool:
    """Whether ``match`` is a day told roughly ("around Nov. 4") after a word like "normally"
    in its clause: the day things happen in any year."""
    found = _USUAL_AROUND_BEFORE.search(text, max(0, match.start - _NORM_REACH), match.start)
    return found is not None and (found["around"] is not None or
                                  _AROUND.match(text, match.start) is not None)


def _yearly_before(text: str, match: Match, previous: Match | None) -> bool:
    """Whether a yearly recurrence is told just before ``match`` ("annually on June 30"), or
    ``previous``, a day that comes round every year, opens the list ``match`` is in."""
    if previous is not None and previous.spec.every_year and \
            _LISTED_AFTER.fullmatch(text, previous.end, match.start) is not None:
        return True
    return _YEARLY_BEFORE.search(text[max(0, match.start - _YEARLY_REACH):match.start]) is not None


# a span of five days of the week or more with opening hours beside it is a weekly schedule:
# "open Wednesday through Sunday from noon to 8 p.m.", "7 a.m. to 3 p.m. Tuesday through
# Sunday" is every Wednesday and every Sunday; a shorter span ("9 a.m. to 5 p.m. Monday
# through Wednesday") is more often one week's days, unless what is said to be open keeps
# those hours ("the library will be open from 9 a.m. to 8 p.m. Monday through Thursday")
# and no week is named after them
_WEEKDAY_SPAN = re.compile(r"\s+(?:through|thru|to)\s+|\s*[-\u2013]\s*", re.IGNORECASE)
_CLOCK = r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b\.?|noon|midnight)"
_HOURS_BEFORE = re.compile(r"(?:\b(?:to|until|till)\s+|[-\u2013]\s*)" + _CLOCK + r",?\s*$"
                           # hours told "between" two clock times: "between 7am and 6.30pm,
                           # Monday to Friday", "between 7 and 10 a.m. Monday through Friday"
                           r"|\bbetween\s+(?:\d{1,2}(?:[:.]\d\d)?|" + _CLOCK + r")\s+and\s+"
                           + _CLOCK + r",?\s*$"
                           # hours told as before or after a clock time, as a ticket's are:
                           # "valid after 9.30am from Monday to Friday", "before 9am, Monday
                           # to Friday"
                           r"|\b(?:before|after)\s+" + _CLOCK + r",?\s*(?:from\s+)?$"
                           r"|\b(?:open|opens|closes|closed)(?:\s+at\s+" + _CLOCK + r")?\s*$"
                           # the hour a theatre's or a cinema's shows begin: "performances now
                           # begin at 7.30pm Tuesday to Saturday"
                           r"|\b(?:performances|shows|screenings|curtain)\s+(?:(?:now|usually)\s+)?"
                           r"(?:begins?|starts?|goes\s+up|rises)\s+at\s+" + _CLOCK + r"\s*$",
                           re.IGNORECASE)
# or whose opening hours are given ("with opening hours from 10am to 5pm, Monday to Thursday"),
# or the hours a place keeps ("regular hours will be Monday through Thursday, 10 a.m. to 8
# p.m.", "the library will keep its hours of 9 a.m. to 9 p.m. Tuesday through Thursday")
_OPEN_BEFORE = re.compile(r"\b(?:(?:is|are|be|stays?|remains?)\s+open|opening\s+(?:hours|times)"
                          r"|(?:its|their|regular|normal|usual|new|summer|winter)\s+hours)\b",
                          re.IGNORECASE)
_WEEK_NAMED_AFTER = re.compile(r",?\s+(?:this|next|last|that|the\s+following)\s+week\b|\s+only\b",
                               re.IGNORECASE)
_OPEN_REACH = 60  # characters before the span where the place is said to be open
_HOURS_AFTER = re.compile(r",?\s*(?:from\s+)?" + _CLOCK + r"\s*(?:to|until|till|[-\u2013])\s*\d",
                          re.IGNORECASE)


def with_weekly_hours(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` where a span of five or more days of the week beside opening hours is a
    weekly schedule: both days recur (XXXX-WXX-3 and XXXX-WXX-7 for "open Wednesday through
    Sunday from noon to 8 p.m."), and the hours, no longer dated, are of every such day."""
    changed = list(matches)
    for index in range(1, len(matches)):
        first, second = matches[index - 1], matches[index]
        # the second day, read as the end of the range, may already count on from the first
        if first.spec.kind is not SpecKind.WEEKDAY or first.spec.direction is not Direction.TENSE \
                or second.spec.kind not in (SpecKind.WEEKDAY, SpecKind.RELATIVE) or \
                any(m.spec.weekday is None or m.spec.part_of_day or m.spec.possessive
                    or m.spec.hour is not None for m in (first, second)) or \
                _WEEKDAY_SPAN.fullmatch(text, first.end, second.start) is None:
            continue
        assert first.spec.weekday is not None and second.spec.weekday is not None
        if second.spec.in_week is not None or second.spec.weeks_on:  # "Friday next week"
            continue
        if not _work_schedule(text, first, second):
            if (second.spec.weekday - first.spec.weekday) % 7 < 4 and \
                    not _kept_open(text, first, second):
                continue
            if _HOURS_BEFORE.search(text, max(0, first.start - 40), first.start) is None and \
                    _HOURS_AFTER.match(text, second.end) is None:
                continue
        days = [(index - 1, first), (index, second)]
        # a day added to the span is kept as well: "Monday to Thursday and Saturday"
        if index + 1 < len(matches) and _added_day(matches[index + 1]) and \
                _AND_OR.fullmatch(text, second.end, matches[index + 1].start) is not None:
            days.append((index + 1, matches[index + 1]))
        for j, match in days:
            changed[j] = match._replace(spec=Spec(
                kind=SpecKind.SET, type=TimexType.SET, value=f"XXXX-WXX-{match.spec.weekday}"))
    return changed


def _added_day(match: Match) -> bool:
    """A plain weekday, with no clock, part of the day, week or "last" or "next" of its own."""
    spec = match.spec
    # read after the span, it may already count on from it, as the span's second day does
    return spec.kind in (SpecKind.WEEKDAY, SpecKind.RELATIVE) and \
        spec.direction is Direction.TENSE and \
        spec.weekday is not None and spec.hour is None and not spec.part_of_day and \
        not spec.possessive and spec.in_week is None and not spec.weeks_on


def _kept_open(text: str, first: Match, second: Match) -> bool:
    """Whether a short span of days is one a place is said to be open on ("the library will be
    open from 9 a.m. to 8 p.m. Monday through Thursday") or whose hours it keeps ("regular hours
    will be Monday through Thursday, 10 a.m. to 8 p.m."), with no week named after it."""
    if second.spec.in_week is not None or second.spec.weeks_on:  # "Wednesday next week"
        return False
    window = max(0, first.start - _OPEN_REACH)
    before = text[window:first.start].lower()
    return ("open" in before or "hours" in before) and \
        _OPEN_BEFORE.search(text, window, first.start) is not None and \
        _WEEK_NAMED_AFTER.match(text, second.end) is None


# the days a standing work or service schedule keeps, told in its clause: "nurses work ten-hour
# shifts Monday through Thursday", "drivers are scheduled Tuesday through Saturday", "the clinic
# takes walk-ins Monday to Friday", "trash is collected Tuesday through Friday"; not days worked
# once, told in the past ("staff worked 16-hour shifts Monday through Thursday", "the film
# collected $30 million from Friday through Sunday") or with their week ("Monday through Friday
# next week"); so do the nights roadwork keeps: "lanes will close nightly from 9 p.m. to 5 a.m.
# Monday through Thursday" is every Monday to every Thursday, not the coming week's
_WORK_SCHEDULE = re.compile(
    r"\b(?:shifts?|schedul(?:e|ed|es)|staffed|walk-ins|typically|usually|normally|routinely|"
    r"nightly|(?:each|every)\s+night|"
    r"on\s+(?:call|duty)|(?:is|are|be|gets?)\s+collected|delivers?|serves?|rota|under\s+(?:the|a|its|their)\s+"
    r"(?:new\s+)?(?:contract|agreement|deal))\b", re.IGNORECASE)
_WORKED_ONCE = re.compile(r"\b(?<!have\s)(?<!has\s)(?:was|were|had|did|worked|struck)\b",
                          re.IGNORECASE)
_SCHEDULE_WORDS = ("shift", "schedul", "staffed", "walk-in", "typically", "usually", "normally",
                   "routinely", "nightly", "each night", "every night", "on call", "on duty", "collected", "deliver", "serve", "rota",
                   "under ")
_WORK_REACH = 50  # characters either side of the span where the schedule is told


def _work_schedule(text: str, first: Match, second: Match) -> bool:
    """Whether a span of weekdays is the days a standing work or service schedule keeps."""
    start = max(0, first.start - _WORK_REACH)
    # a clock's "a.m." or "p.m." ends no clause: "nightly from 9 p.m. to 5 a.m. Monday"
    before = re.split(r"(?<!\b[ap]\.m)[.;!?]\s", text[start:first.start])[-1]
    after = re.split(r"[.;!?](?:\s|$)", text[second.end:second.end + _WORK_REACH])[0]
    clause = f"{before} {after}"
    lowered = clause.lower()
    if not any(word in lowered for word in _SCHEDULE_WORDS):  # spares the scans below
        return False
    return _WORK_SCHEDULE.search(clause) is not None and _WORKED_ONCE.search(before) is None \
        and _WEEK_NAMED_AFTER.match(text, second.end) is None


_SCHEDULE_JOIN = re.compile(r"\s*[,;]\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+", re.IGNORECASE)
_SCHEDULE_REACH = 80  # characters from a schedule's recurring day to the next day it lists


def with_schedule_days(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` where a weekday with hours after a weekly schedule is one more day of it:
    "open Monday to Friday, 9 a.m. to 5 p.m., and Saturday, 10 a.m. to 2 p.m." is every
    Saturday (XXXX-WXX-6) from 10 a.m. to 2 p.m. of any such day, not the coming one."""
    changed = list(matches)
    for index, match in enumerate(matches):
        spec = match.spec
        if spec.kind is not SpecKind.WEEKDAY or index < 2 or spec.hour is not None or \
                spec.direction is not Direction.TENSE or spec.possessive or spec.weeks_on:
            continue
        hours = _HOURS_AFTER.match(text, match.end)
        if hours is None:
            continue
        before = index - 1
        while before >= 0 and changed[before].spec.weekday is None and (
                changed[before].spec.hour is not None or
                (changed[before].spec.value or "").startswith("XXXX-XX-XXT")):
            before -= 1  # the hours of the days listed before
        if before < 0 or before == index - 1 or \
                _WEEKDAY_SET.fullmatch(changed[before].spec.value or "") is None or \
                match.start - changed[before].end > _SCHEDULE_REACH or \
                _SCHEDULE_JOIN.fullmatch(text, matches[index - 1].end, match.start) is None:
            continue
        changed[index] = match._replace(spec=Spec(
            kind=SpecKind.SET, type=TimexType.SET, value=f"XXXX-WXX-{spec.weekday}"))
        for later in range(index + 1, len(matches)):  # its hours are of every such day
            clock = matches[later].spec
            if matches[later].start > hours.end() + 12 or clock.hour is None:
                break
            changed[later] = matches[later]._replace(spec=_recurring(Spec(
                kind=SpecKind.SET, type=TimexType.TIME, hour=clock.hour, minute=clock.minute)))
    return changed


_AND_OR = re.compile(r"\s*,?\s*(?:and|or|&)\s+", re.IGNORECASE)
_WEEKDAY_SET = re.compile(r"XXXX-WXX-[1-7](?:T[A-Z]{2})?")
_YEARLY_DAY_SET = re.compile(r"XXXX-[01]\d-[0-3]\d")


def with_shared_recurrences(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` where a weekday or a day of the year joined to a recurring one shares its
    "every": "every Friday and Saturday" is every Saturday too (XXXX-WXX-6), not the coming one;
    "each June 15 and December 15" is every December 15 (XXXX-12-15)."""
    changed = list(matches)
    for index in range(1, len(matches)):
        previous, match = changed[index - 1], matches[index]
        if previous.spec.kind is not SpecKind.SET or \
                _AND_OR.fullmatch(text, previous.end, match.start) is None:
            continue
        value = _shared_value(previous.spec.value or "", match.spec)
        if value is not None:
            changed[index] = match._replace(spec=Spec(
                kind=SpecKind.SET, type=previous.spec.type, value=value))
    # and a weekday before a plural one, which shares its recurrence and its part of the day:
    # "on Tuesday and Thursday afternoons" is every Tuesday afternoon too (XXXX-WXX-2TAF)
    for index in range(len(matches) - 2, -1, -1):
        match, following = matches[index], changed[index + 1]
        if following.spec.kind is not SpecKind.SET or match.spec.kind is not SpecKind.WEEKDAY \
                or text[following.end - 1:following.end] not in ("s", "S") or \
                _AND_OR.fullmatch(text, match.end, following.start) is None:
            continue
        recurring = following.spec.value or ""
        value = _shared_value(recurring, match.spec)
        if value is not None:
            part = recurring[len("XXXX-WXX-1"):]  # the plural's part of the day, "TAF"
            changed[index] = match._replace(spec=Spec(
                kind=SpecKind.SET, type=following.spec.type,
                value=value if "T" in value[len("XXXX-"):] else value + part))
    return changed


def _shared_value(recurring: str, spec: Spec) -> str | None:
    """The recurrence value of ``spec`` joined to one of value ``recurring``, or None when it
    is not of the same kind: a weekday after a weekly one, a day of the year after a yearly one."""
    if spec.direction is not Direction.TENSE or spec.weeks_on or spec.possessive:
        return None
    if spec.kind is SpecKind.WEEKDAY and _WEEKDAY_SET.fullmatch(recurring):
        part = f"T{spec.part_of_day}" if spec.part_of_day else ""
        return f"XXXX-WXX-{spec.weekday}{part}"
    if spec.kind is SpecKind.DATE and spec.month is not None and spec.day is not None and \
            spec.year is None and spec.hour is None and spec.unit is None and \
            _YEARLY_DAY_SET.fullmatch(recurring):
        return f"XXXX-{spec.month:02d}-{spec.day:02d}"
    return None

